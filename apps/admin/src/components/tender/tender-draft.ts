import type { CreateTenderInput } from '../../api/types.js';
import type { MessageKey } from '../../i18n/i18n.js';
import { wholeNumber } from '../fields.js';
import { amsterdamToIso, eurosToCents, percentToBp } from './units.js';
import { parseWeights, type WeightTexts } from './WeightsFields.js';

export const PURPOSES = ['INNOVATION', 'UNKNOWN_REGION', 'JOINT_MUNICIPAL_PROJECT'] as const;
export type Purpose = (typeof PURPOSES)[number];

/** What the "new tender" wizard holds while the officer fills it in: the text of every field, as typed. */
export interface TenderDraft {
  name: string;
  questionsCloseAt: string;
  selectionDeadlineAt: string;
  bidDeadlineAt: string;
  standstillDays: string;
  openingQuorum: boolean;
  weights: WeightTexts;
  targetGroups: string[];
  regions: string[];
  expectedVolume: string;
  tranches: string;
  minReferrals: string;
  maxPrice: string;
  maxDurationDays: string;
  fixedShare: string;
  durabilityMonths: string;
  bonus: string;
  capPercent: string;
  /** Lot code → its free-space purpose; lots not named are regular. */
  freeSpace: Readonly<Record<string, Purpose>>;
}

export type DraftField = Exclude<keyof TenderDraft, 'openingQuorum' | 'freeSpace'>;
export type DraftErrors = Partial<Record<DraftField, MessageKey>>;

export const EMPTY_DRAFT: TenderDraft = {
  name: '', questionsCloseAt: '', selectionDeadlineAt: '', bidDeadlineAt: '', standstillDays: '20', openingQuorum: false,
  weights: { PRICE: '30', DROP_OUT: '10', PLACEMENT: '30', DURATION: '10', TARGET_GROUP_FIT: '10', REGIONAL_FIT: '10' },
  targetGroups: [], regions: [],
  expectedVolume: '', tranches: '1', minReferrals: '0', maxPrice: '', maxDurationDays: '365', fixedShare: '50', durabilityMonths: '6', bonus: '0',
  capPercent: '20', freeSpace: {},
};

export interface MatrixLot {
  code: string;
  targetGroup: string;
  region: string | null;
}

/** TD-1: one lot per target group × region, or per target group nationally when no region is chosen. */
export function lotMatrix(draft: Pick<TenderDraft, 'targetGroups' | 'regions'>): MatrixLot[] {
  const regions: (string | null)[] = draft.regions.length ? draft.regions : [null];
  return [...draft.targetGroups].sort().flatMap((targetGroup) => [...regions].sort().map((region) => ({ code: `${targetGroup}/${region ?? 'NL'}`, targetGroup, region })));
}

const inRange = (text: string, min: number, max: number) => {
  const n = wholeNumber(text);
  return n !== null && n >= min && n <= max ? n : null;
};

export type WizardStep = 'timetable' | 'weights' | 'lots' | 'terms' | 'freeSpace' | 'review';
export const WIZARD_STEPS: readonly WizardStep[] = ['timetable', 'weights', 'lots', 'terms', 'freeSpace', 'review'];

/** TD-2: the free-space share of the expected volume (every lot has the same volume), exactly, against the cap. */
export function freeSpaceUsage(draft: TenderDraft): { free: number; total: number; capBp: number | null; withinCap: boolean } {
  const lots = lotMatrix(draft);
  const free = lots.filter((l) => draft.freeSpace[l.code]).length;
  const capBp = percentToBp(draft.capPercent);
  return { free, total: lots.length, capBp, withinCap: capBp !== null && free * 10_000 <= capBp * lots.length };
}

/** The checks a step makes before the wizard moves on; the API checks all of it again. */
export function stepErrors(step: WizardStep, draft: TenderDraft, now = Date.now()): DraftErrors {
  const errors: DraftErrors = {};
  if (step === 'timetable') {
    if (draft.name.trim().length < 3) errors.name = 'tender.error.name';
    const [questions, selection, bids] = [draft.questionsCloseAt, draft.selectionDeadlineAt, draft.bidDeadlineAt].map((v) => {
      const iso = amsterdamToIso(v);
      return iso ? Date.parse(iso) : null;
    });
    if (questions === null) errors.questionsCloseAt = 'form.date';
    if (selection === null) errors.selectionDeadlineAt = 'form.date';
    else if (selection <= now) errors.selectionDeadlineAt = 'tender.error.future';
    if (bids === null) errors.bidDeadlineAt = 'form.date';
    else if (selection !== null && bids <= selection) errors.bidDeadlineAt = 'tender.error.bidAfterSelection';
    if (questions !== null && bids !== null && questions > bids && !errors.bidDeadlineAt) errors.questionsCloseAt = 'tender.error.questionsBeforeBid';
    if (inRange(draft.standstillDays, 10, 60) === null) errors.standstillDays = 'tender.error.standstill';
  }
  if (step === 'weights' && parseWeights(draft.weights) === null) errors.weights = 'tender.weightsError';
  if (step === 'lots' && draft.targetGroups.length === 0) errors.targetGroups = 'form.chooseOne';
  if (step === 'terms') {
    if (inRange(draft.expectedVolume, 1, 100_000) === null) errors.expectedVolume = 'form.wholeNumber';
    if (inRange(draft.tranches, 1, 20) === null) errors.tranches = 'tender.error.tranches';
    if (inRange(draft.minReferrals, 0, 100_000) === null) errors.minReferrals = 'form.wholeNumber';
    const maxPrice = eurosToCents(draft.maxPrice);
    if (maxPrice === null || maxPrice < 100) errors.maxPrice = 'tender.error.euros';
    if (inRange(draft.maxDurationDays, 1, 3650) === null) errors.maxDurationDays = 'form.wholeNumber';
    if (percentToBp(draft.fixedShare) === null) errors.fixedShare = 'tender.error.percent';
    if (inRange(draft.durabilityMonths, 1, 36) === null) errors.durabilityMonths = 'form.wholeNumber';
    if (eurosToCents(draft.bonus) === null) errors.bonus = 'tender.error.euros';
  }
  if (step === 'freeSpace') {
    const usage = freeSpaceUsage(draft);
    if (usage.capBp === null) errors.capPercent = 'tender.error.percent';
    else if (!usage.withinCap) errors.capPercent = 'tender.error.overCap';
  }
  return errors;
}

/** The request body, once every step is valid. */
export function toCreateTender(draft: TenderDraft): CreateTenderInput {
  const lots = lotMatrix(draft);
  return {
    name: draft.name.trim(),
    questionsCloseAt: amsterdamToIso(draft.questionsCloseAt) ?? '',
    selectionDeadlineAt: amsterdamToIso(draft.selectionDeadlineAt) ?? '',
    bidDeadlineAt: amsterdamToIso(draft.bidDeadlineAt) ?? '',
    standstillDays: wholeNumber(draft.standstillDays) ?? 20,
    openingQuorum: draft.openingQuorum,
    weights: parseWeights(draft.weights)!,
    vrijeRuimteCapBp: percentToBp(draft.capPercent) ?? 2000,
    targetGroups: draft.targetGroups,
    regions: draft.regions,
    lotTerms: {
      expectedVolume: wholeNumber(draft.expectedVolume) ?? 0,
      tranches: wholeNumber(draft.tranches) ?? 1,
      minReferrals: wholeNumber(draft.minReferrals) ?? 0,
      maxPriceCents: eurosToCents(draft.maxPrice) ?? 0,
      maxDurationDays: wholeNumber(draft.maxDurationDays) ?? 0,
      financing: { fixedShareBp: percentToBp(draft.fixedShare) ?? 0, durabilityMonths: wholeNumber(draft.durabilityMonths) ?? 6, bonusCents: eurosToCents(draft.bonus) ?? 0 },
    },
    freeSpaceLots: lots.filter((l) => draft.freeSpace[l.code]).map((l) => ({ targetGroup: l.targetGroup, ...(l.region ? { region: l.region } : {}), purpose: draft.freeSpace[l.code]! })),
  };
}
