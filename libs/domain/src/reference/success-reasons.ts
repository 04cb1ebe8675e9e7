import { CodeListEntry, deepFreeze, FrequencyTable } from './code-list.js';

export type SuccessReasonCode =
  | 'CLIENT_HAS_WORK'
  | 'NAAR_WERK_CAN_START'
  | 'UWV_CAN_GUIDE_TO_WORK'
  | 'CAN_FOLLOW_TRAINING'
  | 'SEARCHES_INDEPENDENTLY'
  | 'OTHER';

export interface SuccessReason extends CodeListEntry {
  readonly code: SuccessReasonCode;
  readonly services: readonly ('WERKFIT' | 'NAAR_WERK')[];
  /** False where the reason does not meet the official success definition (seed 003 §3.3, original L2150–L2166). */
  readonly official: boolean;
  readonly requiresText: boolean;
}

/**
 * Why a provider reports success, the end report's tick boxes (seed 003 §3.2 C, Table 3.7, original L2187–L2216).
 * Naar werk success is a placement (IC-9), so only CLIENT_HAS_WORK applies there.
 */
export const SUCCESS_REASONS: readonly SuccessReason[] = deepFreeze([
  { code: 'CLIENT_HAS_WORK', services: ['WERKFIT', 'NAAR_WERK'], official: true, requiresText: false, nameNl: 'Klant heeft werk', nameEn: 'Client has work' },
  { code: 'NAAR_WERK_CAN_START', services: ['WERKFIT'], official: true, requiresText: false, nameNl: 'Re-integratiedienst Naar werk kan ingezet worden', nameEn: 'The Naar werk service can be deployed' },
  { code: 'UWV_CAN_GUIDE_TO_WORK', services: ['WERKFIT'], official: true, requiresText: false, nameNl: 'Klant kan door UWV naar werk worden begeleid', nameEn: 'UWV can guide the client to work' },
  { code: 'CAN_FOLLOW_TRAINING', services: ['WERKFIT'], official: true, requiresText: false, nameNl: 'Klant is in staat om scholing te volgen', nameEn: 'Client is able to follow training' },
  { code: 'SEARCHES_INDEPENDENTLY', services: ['WERKFIT'], official: true, requiresText: false, nameNl: 'Klant gaat zelfstandig op zoek naar werk', nameEn: 'Client will look for work independently' },
  { code: 'OTHER', services: ['WERKFIT'], official: false, requiresText: true, nameNl: 'Anders', nameEn: 'Other' },
]);

/** Share (%) of successful Werkfit end reports ticking each reason, Table 3.7 (original L2187–L2216). */
export const SUCCESS_REASON_FREQUENCIES: FrequencyTable<SuccessReasonCode | 'NONE_GIVEN'> = deepFreeze({
  source: 'seed 003 §3.3, Table 3.7 (original L2187–L2216)',
  columns: ['ZW', 'WGA', 'WAJONG'],
  n: [62, 62, 65],
  percent: {
    CLIENT_HAS_WORK: [15, 40, 29],
    NAAR_WERK_CAN_START: [35, 29, 40],
    UWV_CAN_GUIDE_TO_WORK: [10, 6, 3],
    CAN_FOLLOW_TRAINING: [8, 8, 3],
    SEARCHES_INDEPENDENTLY: [8, 5, 3],
    OTHER: [21, 8, 18],
    NONE_GIVEN: [3, 3, 3],
  },
});
