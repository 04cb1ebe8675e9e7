import { CodeListEntry, deepFreeze, FrequencyTable } from './code-list.js';

export type FollowUpAdviceCode =
  | 'NONE'
  | 'NAAR_WERK_CAN_START'
  | 'UWV_CAN_GUIDE_TO_WORK'
  | 'SEARCH_INDEPENDENTLY'
  | 'TRAINING_FIRST'
  | 'CANNOT_BE_GUIDED_FURTHER'
  | 'NOT_READY_FOR_PAID_WORK'
  | 'SHELTERED_WORK'
  | 'CONTINUE_NAAR_WERK'
  | 'REASSESSMENT'
  | 'OTHER_INTERVENTION';

export interface FollowUpAdvice extends CodeListEntry {
  readonly code: FollowUpAdviceCode;
  readonly requiresText: boolean;
}

/**
 * Follow-up advice (vervolgadvies) in end reports, seed 003 §3.2 C: the tick boxes of Tables 3.9 and 4.6
 * (original L2347–L2422, L3603–L3678). NONE is an explicit answer, not a missing one.
 */
export const FOLLOW_UP_ADVICE: readonly FollowUpAdvice[] = deepFreeze([
  { code: 'NONE', requiresText: false, nameNl: 'Geen vervolgadvies', nameEn: 'No follow-up advice' },
  { code: 'NAAR_WERK_CAN_START', requiresText: false, nameNl: 'De re-integratiedienst Naar werk kan worden ingezet', nameEn: 'The Naar werk service can be deployed' },
  { code: 'UWV_CAN_GUIDE_TO_WORK', requiresText: false, nameNl: 'Klant kan door UWV naar werk worden begeleid', nameEn: 'UWV can guide the client to work' },
  { code: 'SEARCH_INDEPENDENTLY', requiresText: false, nameNl: 'Klant kan zelfstandig (of a.d.h.v. matching door UWV) verder op zoek naar werk', nameEn: 'Client can continue searching alone or through UWV matching' },
  { code: 'TRAINING_FIRST', requiresText: false, nameNl: 'Klant dient eerst scholing te volgen', nameEn: 'Client must first follow training' },
  { code: 'CANNOT_BE_GUIDED_FURTHER', requiresText: false, nameNl: 'Klant kan niet verder naar werk worden begeleid', nameEn: 'Client cannot be guided further towards work' },
  { code: 'NOT_READY_FOR_PAID_WORK', requiresText: false, nameNl: 'Klant is nog niet toe aan betaald werk', nameEn: 'Client is not yet ready for paid work' },
  { code: 'SHELTERED_WORK', requiresText: false, nameNl: 'Dienstverlening gericht op beschut werk', nameEn: 'Services aimed at sheltered work' },
  { code: 'CONTINUE_NAAR_WERK', requiresText: false, nameNl: 'Voortzetting dienstverlening Naar werk', nameEn: 'Continue the Naar werk service' },
  { code: 'REASSESSMENT', requiresText: false, nameNl: 'Herbeoordeling', nameEn: 'Re-assessment of the degree of disability' },
  { code: 'OTHER_INTERVENTION', requiresText: true, nameNl: 'Overige interventies/begeleiding', nameEn: 'Other interventions or support' },
]);

/** Columns of the follow-up tables: benefit type × how the service ended (successful, unsuccessful, early). */
export const FOLLOW_UP_COLUMNS = deepFreeze(
  (['ZW', 'WGA', 'WAJONG'] as const).flatMap((benefit) => (['SUCCESS', 'UNSUCCESSFUL', 'EARLY'] as const).map((end) => `${benefit}:${end}`)),
);

/** Werkfit end reports, Table 3.9 (original L2347–L2422); the ZW early-return column (n = 4) is not reported. */
export const WERKFIT_FOLLOW_UP_FREQUENCIES: FrequencyTable<
  'NONE' | 'NAAR_WERK_CAN_START' | 'UWV_CAN_GUIDE_TO_WORK' | 'TRAINING_FIRST' | 'CANNOT_BE_GUIDED_FURTHER' | 'REASSESSMENT' | 'OTHER_INTERVENTION'
> = deepFreeze({
  source: 'seed 003 §3.3, Table 3.9 (original L2347–L2422)',
  columns: FOLLOW_UP_COLUMNS,
  n: [62, 15, 4, 59, 17, 21, 60, 18, 18],
  percent: {
    NONE: [26, 7, null, 36, 35, 76, 27, 22, 61],
    NAAR_WERK_CAN_START: [29, 7, null, 31, 0, 0, 42, 0, 0],
    UWV_CAN_GUIDE_TO_WORK: [18, 7, null, 5, 6, 0, 5, 0, 0],
    TRAINING_FIRST: [10, 0, null, 12, 0, 0, 3, 0, 0],
    CANNOT_BE_GUIDED_FURTHER: [2, 27, null, 3, 29, 5, 0, 28, 6],
    REASSESSMENT: [0, 7, null, 0, 6, 0, 0, 6, 0],
    OTHER_INTERVENTION: [16, 47, null, 14, 24, 19, 23, 44, 33],
  },
});

/** Naar werk end reports, Table 4.6 (original L3603–L3678); the ZW and WGA early-return columns are too small to report. */
export const NAAR_WERK_FOLLOW_UP_FREQUENCIES: FrequencyTable<
  | 'NONE'
  | 'NOT_READY_FOR_PAID_WORK'
  | 'SHELTERED_WORK'
  | 'CONTINUE_NAAR_WERK'
  | 'SEARCH_INDEPENDENTLY'
  | 'TRAINING_FIRST'
  | 'REASSESSMENT'
  | 'OTHER_INTERVENTION'
> = deepFreeze({
  source: 'seed 003 §3.3, Table 4.6 (original L3603–L3678)',
  columns: FOLLOW_UP_COLUMNS,
  n: [36, 23, 7, 41, 51, 8, 49, 35, 12],
  percent: {
    NONE: [100, 35, null, 86, 47, null, 86, 17, 17],
    NOT_READY_FOR_PAID_WORK: [0, 0, null, 0, 2, null, 0, 6, 17],
    SHELTERED_WORK: [0, 4, null, 0, 0, null, 0, 0, 0],
    CONTINUE_NAAR_WERK: [0, 9, null, 0, 8, null, 0, 20, 0],
    SEARCH_INDEPENDENTLY: [0, 13, null, 0, 6, null, 0, 0, 0],
    TRAINING_FIRST: [0, 0, null, 0, 2, null, 0, 6, 8],
    REASSESSMENT: [0, 4, null, 0, 10, null, 0, 0, 8],
    OTHER_INTERVENTION: [0, 35, null, 14, 25, null, 14, 51, 50],
  },
});
