/** TR-2: what each red flag means. A flag is a reason to look, never a finding; thresholds are parameters of the version. */
export interface RedFlagDefinition {
  code: string;
  version: number;
  recordType: 'tender' | 'tender_lot' | 'tender_bid' | 'framework_application' | 'trajectory' | 'provider' | 'coach';
  titleNl: string;
  titleEn: string;
  definition: string;
  definitionNl: string;
  /** The value at which the flag is raised, in `unit`. */
  threshold: number;
  unit: 'bids' | 'days' | 'rank' | 'points' | 'basis points' | 'cents' | 'trajectories';
  basis: string;
}

export const RED_FLAG_DEFINITIONS: readonly RedFlagDefinition[] = [
  {
    code: 'SINGLE_BID_LOT', version: 1, recordType: 'tender_lot', titleNl: 'Perceel met één inschrijving', titleEn: 'Lot with a single bid',
    definition: 'A lot whose bid deadline has passed with exactly one bid that was not withdrawn: no competition on that lot.',
    definitionNl: 'Een perceel waarvan de inschrijvingstermijn voorbij is met precies één (niet ingetrokken) inschrijving: geen concurrentie op dat perceel.',
    threshold: 1, unit: 'bids', basis: 'tender_bid rows of the lot (status other than WITHDRAWN) after the tender\'s bid deadline',
  },
  {
    code: 'SHORT_SUBMISSION_PERIOD', version: 1, recordType: 'tender', titleNl: 'Korte inschrijvingstermijn', titleEn: 'Short submission period',
    definition: 'Fewer than 30 calendar days between publication and the bid deadline (the shortened minimum of an open procedure).',
    definitionNl: 'Minder dan 30 kalenderdagen tussen publicatie en de uiterste inschrijvingsdatum (de verkorte minimumtermijn van een openbare procedure).',
    threshold: 30, unit: 'days', basis: 'tender.published_at and tender.bid_deadline_at',
  },
  {
    code: 'AWARD_NOT_BEST_SCORE', version: 1, recordType: 'tender_lot', titleNl: 'Gunning niet aan de hoogste score', titleEn: 'Award not to the best score',
    definition: 'A tranche of the lot went to a bid ranked below the number of tranches (TD-8 distinct providers and lotteries aside, the top k bids win k tranches).',
    definitionNl: 'Een tranche van het perceel ging naar een inschrijving die lager gerangschikt is dan het aantal tranches (buiten TD-8 en loting winnen de k hoogste inschrijvingen k tranches).',
    threshold: 1, unit: 'rank', basis: 'the award result: score sheets (rank) and tranches of the lot; value = worst awarded rank',
  },
  {
    code: 'EVALUATOR_DIVERGENCE', version: 1, recordType: 'tender_bid', titleNl: 'Grote spreiding tussen beoordelaars', titleEn: 'Large evaluator divergence',
    definition: 'The blind scores of one criterion of one bid differ by 3 points or more between evaluators (TD-6 divergence threshold).',
    definitionNl: 'De blinde scores van één criterium van één inschrijving lopen 3 punten of meer uiteen tussen beoordelaars (drempel van TD-6).',
    threshold: 3, unit: 'points', basis: 'tender_score rows of the bid and criterion; value = highest minus lowest score',
  },
  {
    code: 'AMENDMENT_AFTER_BIDS', version: 1, recordType: 'tender', titleNl: 'Wijziging na inschrijvingen', titleEn: 'Amendment after bids',
    definition: 'The tender was amended after at least one bid had been submitted.',
    definitionNl: 'De aanbesteding is gewijzigd nadat er al minstens één inschrijving was ingediend.',
    threshold: 1, unit: 'bids', basis: 'tender_amendment.published_at against tender_bid.submitted_at; value = bids submitted before the amendment',
  },
  {
    code: 'ADMISSION_PAST_SLA', version: 2, recordType: 'framework_application', titleNl: 'Toelatingsbesluit te laat', titleEn: 'Admission decided past the SLA',
    definition: 'An application to the framework decided after its decision due date (FW-3), or still awaiting a decision (submitted or in review) past it.',
    definitionNl: 'Een aanvraag voor de raamovereenkomst is na de uiterste besluitdatum beslist (FW-3), of wacht daarna nog op een besluit (ingediend of in behandeling).',
    threshold: 1, unit: 'days', basis: 'framework_application.decision_due_at (exclusive: the end of the due day) against decided_at (or now); value = days late, counting the first late day as 1',
  },
  {
    code: 'COACH_REFERRAL_CONCENTRATION', version: 1, recordType: 'coach', titleNl: 'Coach verwijst vooral naar één aanbieder', titleEn: 'Coach referring mostly to one provider',
    definition: 'A coach with at least 20 provider choices of which 50% or more went to one provider.',
    definitionNl: 'Een coach met minstens 20 aanbiederskeuzes waarvan 50% of meer naar één aanbieder ging.',
    threshold: 5_000, unit: 'basis points', basis: 'provider_choice rows of the coach\'s clients; value = the top provider\'s share',
  },
  {
    code: 'OUTLIER_EARLY_TERMINATION', version: 1, recordType: 'provider', titleNl: 'Uitzonderlijk veel voortijdige beëindiging', titleEn: 'Outlier early termination',
    definition: 'A provider with at least 20 ended trajectories whose early-termination rate (EARLY_RETURN, RETURNED_AFTER_EVALUATION) lies 3 standard errors or more above the market rate.',
    definitionNl: 'Een aanbieder met minstens 20 beëindigde trajecten waarvan het aandeel voortijdige beëindiging 3 standaardfouten of meer boven het marktgemiddelde ligt.',
    threshold: 3, unit: 'basis points', basis: 'ended trajectories of the provider and of the market; value = the provider\'s rate',
  },
  {
    code: 'WERKFIT_OTHER_SUCCESS', version: 1, recordType: 'trajectory', titleNl: 'Werkfit-succes met reden "anders"', titleEn: 'Werkfit success justified with "other"',
    definition: 'A Werkfit end report claims success with the reason OTHER, which does not meet the official success definition.',
    definitionNl: 'Een Werkfit-eindrapportage meldt succes met de reden "anders", die niet aan de officiële succesdefinitie voldoet.',
    threshold: 1, unit: 'trajectories', basis: 'end_report.success_reason of the latest version',
  },
  {
    code: 'MISSING_END_REPORT', version: 1, recordType: 'trajectory', titleNl: 'Eindrapportage ontbreekt', titleEn: 'Missing end report',
    definition: 'The end report was due (14 days after the end) and none has been submitted.',
    definitionNl: 'De eindrapportage was verschuldigd (14 dagen na het einde) en is niet ingediend.',
    threshold: 1, unit: 'days', basis: 'trajectory.end_report_due against end_report.submitted_at; value = days overdue',
  },
  {
    code: 'PAYMENT_WITHOUT_APPROVED_END_REPORT', version: 1, recordType: 'trajectory', titleNl: 'Betaling zonder goedgekeurde eindrapportage', titleEn: 'Payment without an approved end report',
    definition: 'A result, completion or bonus payment was booked while the trajectory has no approved end report.',
    definitionNl: 'Er is een resultaat-, afrondings- of bonusbetaling geboekt terwijl het traject geen goedgekeurde eindrapportage heeft.',
    threshold: 1, unit: 'cents', basis: 'payment_ledger (kinds other than PURCHASE_ORDER and FIXED) against end_report.review; value = amount booked',
  },
];

export const RED_FLAG_BY_CODE: ReadonlyMap<string, RedFlagDefinition> = new Map(RED_FLAG_DEFINITIONS.map((d) => [d.code, d]));
