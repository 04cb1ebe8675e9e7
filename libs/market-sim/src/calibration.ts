/**
 * The figures the simulator is calibrated to, each with its source in shared/domain (brief section and line refs of
 * the original). Shares are percentages; counts are clients.
 */
export const MARKET_CALIBRATION = Object.freeze({
  providers: { count: 2500, source: 'SPEC §9; seed 001: from 40 to 2,000+ contract partners' },
  purchasesPerYear: {
    WERKFIT: 17_500,
    NAAR_WERK: 5_500,
    source: 'seed 003 §2.4 (L197–L207): WF 17,000–18,000 and NW 5,000–6,000 a year in 2017–2018',
  },
  /** IRO share of trajectories (seed 001, 2007), per SPEC §9. */
  iroSharePercent: 43,
  benefitMix: {
    WERKFIT: { ZW: 32.0, WGA: 30.9, WAJONG: 36.1, OTHER: 1.0 },
    NAAR_WERK: { ZW: 31.5, WGA: 22.8, WAJONG: 44.5, OTHER: 1.3 },
    source: 'seed 003 §2.4, Tables 3.1 and 4.1 (2016–2018 totals 37,505 WF and 11,879 NW)',
  },
  outcomes: {
    WERKFIT: { success: 68, unsuccessful: 15, early: 17 },
    NAAR_WERK: { success: 45, unsuccessful: 39, early: 16 },
    source: 'seed 003 §3.3 (L283–L286): shares of completed trajectories',
  },
  plannedHoursAverage: {
    WERKFIT: { ZW: 23, WGA: 34, WAJONG: 37 },
    NAAR_WERK: { ZW: 23, WGA: 25, WAJONG: 25 },
    source: 'seed 003 §4.3 D–E (L330–L352, L1565–L1649, L3102–L3159): hours asked in the werkplan',
  },
  plannedDurationMonths: {
    WERKFIT: { ZW: 4, WGA: 10, WAJONG: 11 },
    NAAR_WERK: { ZW: 5, WGA: 8, WAJONG: 8 },
    source: 'seed 003 §4.3 D–E',
  },
  workingAfterWerkfit: {
    successful: { month1: 24, month12: 37 },
    unsuccessful: { month1: 3, month12: 9 },
    source: 'seed 003 §4.3 F (L544–L600, L2426–L2682)',
  },
});
