/**
 * The figures the simulator is calibrated to, each with its source in shared/domain (brief section and line refs of
 * the original). Shares are percentages; counts are clients. Figures marked "assumption" are not in the seeds: they
 * fill a gap the generator needs and say so.
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
    /** Seed 001 (L1–L60, L150–L157) counts IROs among the trajectories of WW clients. */
    IRO: { WW: 100 },
    /** "Other" is WAO, WAZ, WIA<35 and ZW<35 (seed 003 §1); only WAO and WAZ are benefit-type codes. Split: assumption. */
    other: { WAO: 75, WAZ: 25 },
    source: 'seed 003 §2.4, Tables 3.1 and 4.1 (2016–2018 totals 37,505 WF and 11,879 NW); seed 001 for IRO',
  },
  outcomes: {
    WERKFIT: { success: 68, unsuccessful: 15, early: 17 },
    NAAR_WERK: { success: 45, unsuccessful: 39, early: 16 },
    /** Assumption: seed 001 gives no IRO outcomes; an IRO aims at placement (L170–L173), so it follows Naar werk. */
    IRO: { success: 45, unsuccessful: 39, early: 16 },
    source: 'seed 003 §3.3 (L283–L286): shares of completed trajectories',
  },
  /** Assumption: seed 003 names the evaluation return (L4594) but gives no count; share of unsuccessful WF ends. */
  returnedAfterEvaluationPercent: 30,
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
  /** Assumption: spread of planned hours and months around the means above (normal, then clamped to the caps). */
  planSpread: { hoursSd: 4, monthsSd: 1.5 },
  /**
   * Share of clients using the FW-1 exception hours (WF above 40, NW above 25), among clients at distance 5 (WF:
   * "very far from the labour market", seed 003 §2.3 L318–L326) or 4–5 (NW). Shares: assumption.
   */
  exceptionHoursPercent: { WERKFIT: 25, NAAR_WERK: 10 },
  /**
   * Assumption: the seeds give no IRO hours, durations or prices; seed 001 (L217–L219) says only that IROs cost more
   * than regular trajectories and share one maximum amount (SPEC IC-5), whose figure is not in the seeds either.
   */
  iro: {
    hours: { mean: 40, sd: 10, min: 8, max: 80 },
    months: { mean: 9, sd: 2, min: 3, max: 24 },
    quotedHourlyRateCents: { min: 9_000, max: 13_000 },
    maximumAmountCents: 500_000,
    aboveMaximumPercent: 4,
  },
  /**
   * Age groups 18–24 / 25–34 / 35–44 / 45–54 / 55+ per service and benefit type. The WF Wajong column is the brief's
   * [derived] correction of the corrupted source column.
   */
  ageGroups: {
    WERKFIT: { ZW: [3, 23, 25, 29, 20], WGA: [1, 15, 27, 32, 25], WAJONG: [27, 58, 12, 3.5, 2], OTHER: [0, 1, 23, 55, 21] },
    NAAR_WERK: { ZW: [3, 22, 23, 30, 22], WGA: [0, 13, 25, 33, 28], WAJONG: [27, 58, 12, 3, 0], OTHER: [0, 1, 19, 49, 30] },
    source: 'seed 003 §4.3 A–B, Tables 3.1 (L1251–L1308) and 4.1 (L2838–L2898)',
  },
  /** Assumption: the seeds grade no distance; WF clients are further from work than NW clients (seed 003 §2.1). */
  distanceToLabourMarket: {
    WERKFIT: [5, 15, 35, 30, 15],
    NAAR_WERK: [15, 35, 30, 15, 5],
    /** One step further with this many barriers or more, one step nearer with none. */
    manyBarriers: 5,
  },
  /** Assumption: hours a week the client can work (even numbers); BAR-17 is the hours restriction of seed 003 §5.1. */
  hoursPerWeek: {
    restricted: [8, 24] as [number, number],
    byBenefitType: { ZW: [16, 40], WW: [16, 40], WGA: [12, 32], WAJONG: [12, 32], WAO: [12, 32], WAZ: [12, 32] } as Record<string, [number, number]>,
  },
  /**
   * Latent logistic outcome model (log-odds). Assumption: the seeds give market-wide shares only, so the effects are
   * chosen to make case mix (SPEC SC-4) and provider quality matter; the intercepts are solved at run time so that the
   * market-wide shares match `outcomes`. The benefit-type effects follow the order of work at month 12 by group
   * (seed 003 §4.3 F–G: ZW highest, WGA lowest).
   */
  outcomeModel: {
    success: {
      perDistanceStep: -0.4,
      perBarrier: -0.12,
      perHourOfCapacity: 0.02,
      ageBand: { '<27': 0, '27-44': 0.1, '45-54': -0.15, '55+': -0.45 },
      benefitType: { ZW: 0.25, WGA: -0.15, WAJONG: 0, WAO: -0.2, WAZ: -0.1, WW: 0.2 } as Record<string, number>,
    },
    early: { perDistanceStep: 0.15, perBarrier: 0.06, providerWeight: -0.5 },
    /** Provider quality: Student t with `degreesOfFreedom`, times `scale`, clipped at ±`clip` (heavy-tailed). */
    provider: { degreesOfFreedom: 3, scale: 0.35, clip: 2.5 },
    regionSd: 0.15,
  },
  /**
   * Share working per month after the end, month 1 and month 12, per service and outcome; `plateau` is where the
   * curve levels off (a two-state monthly chain is fitted through the three).
   */
  workingAfterEnd: {
    WERKFIT: {
      /** "hovers just under 40%" afterwards (L2440). */
      success: { month1: 24, month12: 37, plateau: 40 },
      /** 15% at 18 months; plateau: assumption. */
      unsuccessful: { month1: 3, month12: 9, plateau: 25 },
      /** [derived] month 12: per-group figures (ZW 15, WGA 4, Wajong 6, L2664–L2682) by the WF benefit mix; month 1 and plateau: assumption. */
      early: { month1: 2, month12: 8, plateau: 15 },
    },
    NAAR_WERK: {
      /** "falls gradually from 82% to 74% … and stays around 74%" (L3697–L3701). */
      success: { month1: 82, month12: 74, plateau: 73.5 },
      /** Figure S4 (text: 35% at month 12); still rising at 18 months; plateau: assumption. */
      unsuccessful: { month1: 14, month12: 36, plateau: 50 },
      /** Figure S4 (text: 9% → 21%); plateau: assumption. */
      early: { month1: 10, month12: 23, plateau: 35 },
    },
    source: 'seed 003 §4.3 F (L544–L600, L2426–L2682) and G (Figure S4 L680–L818, L3682–L3858); IRO follows NW',
  },
  /** Assumption: the seeds give no contract mix; self-employment activities appear in 2–11% of NW plans (Table 4.4). */
  placementContracts: {
    FIXED_TERM: 62,
    INDEFINITE: 30,
    SELF_EMPLOYED: 8,
    fixedTermMonths: [[3, 10], [6, 35], [7, 10], [12, 35], [24, 10]] as [number, number][],
  },
  /** Assumption: survey response and scores (SPEC IC-11 asks for a 1–10 satisfaction per completed trajectory). */
  satisfaction: { surveyedPercent: 70, mean: 7.2, successBonus: 0.8, earlyPenalty: 0.8, providerWeight: 0.6, sd: 1.2 },
});
