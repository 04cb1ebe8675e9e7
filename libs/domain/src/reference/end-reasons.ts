import { CodeListEntry, deepFreeze, FrequencyTable } from './code-list.js';

export type EndReasonCode = 'RESULT_ACHIEVED' | 'PLACEMENT' | 'MAX_DURATION' | 'EARLY_RETURN' | 'RETURNED_AFTER_EVALUATION';
export type EarlyReturnReasonCode = 'MOVING' | 'ILLNESS' | 'DEATH' | 'OBJECTION_APPEAL' | 'OTHER';

export interface EndReason extends CodeListEntry {
  readonly code: EndReasonCode;
  readonly services: readonly ('WERKFIT' | 'NAAR_WERK')[];
  /** The service reached its goal: Werkfit's result or Naar werk's placement. */
  readonly successful: boolean;
}

export interface EarlyReturnReason extends CodeListEntry {
  readonly code: EarlyReturnReasonCode;
  readonly requiresText: boolean;
}

/** How a Werkfit or Naar werk service ends (IC-8): "Beëindigde re-integratiedienst", seed 003 §3.3 (original L4584–L4602). */
export const END_REASONS: readonly EndReason[] = deepFreeze([
  { code: 'RESULT_ACHIEVED', services: ['WERKFIT'], successful: true, nameNl: 'Het door opdrachtgever gedefinieerde resultaat is behaald', nameEn: 'The result defined by the buyer is achieved' },
  { code: 'PLACEMENT', services: ['NAAR_WERK'], successful: true, nameNl: 'De plaatsing is behaald binnen de maximale individuele doorlooptijd', nameEn: 'Placement achieved within the maximum individual duration' },
  { code: 'MAX_DURATION', services: ['WERKFIT', 'NAAR_WERK'], successful: false, nameNl: 'De maximale individuele doorlooptijd is bereikt zonder resultaat', nameEn: 'Maximum individual duration reached without the result' },
  { code: 'EARLY_RETURN', services: ['WERKFIT', 'NAAR_WERK'], successful: false, nameNl: 'Voortijdige terugmelding', nameEn: 'Early return' },
  { code: 'RETURNED_AFTER_EVALUATION', services: ['WERKFIT'], successful: false, nameNl: 'Teruggemeld op basis van het evaluatiemoment', nameEn: 'Returned after the evaluation moment' },
]);

/** The end report's choice for an early return, seed 003 §3.2 C (original L2228–L2230, L3490–L3494). */
export const EARLY_RETURN_REASONS: readonly EarlyReturnReason[] = deepFreeze([
  { code: 'MOVING', requiresText: false, nameNl: 'Verhuizing', nameEn: 'Moving house' },
  { code: 'ILLNESS', requiresText: false, nameNl: 'Ziekte', nameEn: 'Illness' },
  { code: 'DEATH', requiresText: false, nameNl: 'Overlijden', nameEn: 'Death' },
  { code: 'OBJECTION_APPEAL', requiresText: false, nameNl: 'Bezwaar/beroep', nameEn: 'Objection or appeal' },
  { code: 'OTHER', requiresText: true, nameNl: 'Anders', nameEn: 'Other' },
]);

/**
 * Share (%) of completed services per end reason, seed 003 §3.3 "Outcome classification". Naar werk: Figure S4
 * (4,153 / 3,592 / 1,478 of 9,223, original L796–L818). Werkfit: the report's "two thirds to three quarters",
 * "one in six", "one in five" (original L2109–L2117), as the shares the simulator uses; evaluation returns are not
 * reported apart from early returns.
 */
export const END_REASON_FREQUENCIES: FrequencyTable<EndReasonCode> = deepFreeze({
  source: 'seed 003 §3.3 (original L796–L818, L2109–L2117, L3453–L3463)',
  columns: ['WERKFIT', 'NAAR_WERK'],
  percent: {
    RESULT_ACHIEVED: [68, null],
    PLACEMENT: [null, 45],
    MAX_DURATION: [15, 39],
    EARLY_RETURN: [17, 16],
    RETURNED_AFTER_EVALUATION: [null, null],
  },
});

/**
 * Share (%) of early returns giving a reason, from the early-return columns of Tables 3.8 and 4.5 (original
 * L2239–L2298, L3510–L3575) that have enough observations. Several reasons may apply. The researchers recoded part of
 * the form's "anders" into their own categories (health, barriers, …), so OTHER is the residual they printed.
 */
export const EARLY_RETURN_REASON_FREQUENCIES: FrequencyTable<EarlyReturnReasonCode> = deepFreeze({
  source: 'seed 003 §3.3, Tables 3.8 and 4.5 (original L2239–L2298, L3510–L3575)',
  columns: ['WERKFIT:WGA', 'WERKFIT:WAJONG', 'NAAR_WERK:WAJONG'],
  n: [21, 18, 12],
  percent: {
    MOVING: [5, 11, 25],
    ILLNESS: [0, 0, 8],
    DEATH: [null, null, 0],
    OBJECTION_APPEAL: [null, null, 0],
    OTHER: [24, 22, 33],
  },
});
