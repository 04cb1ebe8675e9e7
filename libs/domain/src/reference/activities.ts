import { CodeListEntry, deepFreeze, FrequencyTable } from './code-list.js';

export type ActivityService = 'WERKFIT' | 'NAAR_WERK';

/** Share (%) of documents naming an activity: UWV's werkplan/plan van aanpak, the provider's re-integratieplan, the end report. */
export type DocumentShares = Readonly<Record<'ZW' | 'WGA' | 'WAJONG', Readonly<Record<'PLAN' | 'RIP' | 'ER', number>>>>;

/** A Werkfit main heading (hoofdactiviteit) or a Naar werk main group. */
export interface ActivityGroup extends CodeListEntry {
  readonly service: ActivityService;
  /** Null where the source prints the figure only as a chart (Werkfit, Figure 3.6). */
  readonly percent: DocumentShares | null;
}

export interface Activity extends CodeListEntry {
  readonly group: string;
  readonly service: ActivityService;
  /** "Other" entries carry a free-text description next to the code. */
  readonly requiresText: boolean;
  readonly percent: DocumentShares;
}

/** Source tables print nine columns: ZW (plan, RIP, ER), WGA (plan, RIP, ER), Wajong (plan, RIP, ER). */
type NineColumns = readonly [number, number, number, number, number, number, number, number, number];

const shares = (c: NineColumns): DocumentShares => ({
  ZW: { PLAN: c[0], RIP: c[1], ER: c[2] },
  WGA: { PLAN: c[3], RIP: c[4], ER: c[5] },
  WAJONG: { PLAN: c[6], RIP: c[7], ER: c[8] },
});

/** Column labels of the frequency tables below, in source order. */
export const ACTIVITY_DOCUMENT_COLUMNS = deepFreeze(
  (['ZW', 'WGA', 'WAJONG'] as const).flatMap((benefit) => (['PLAN', 'RIP', 'ER'] as const).map((doc) => `${benefit}:${doc}`)),
);

/**
 * Werkfit's three main headings (seed 003 §5.2; original L1653–L1662) and Naar werk's eight main groups
 * (Table 4.3, original L3207–L3262).
 */
export const ACTIVITY_GROUPS: readonly ActivityGroup[] = deepFreeze([
  { code: 'WF-PE', service: 'WERKFIT', nameNl: 'Verbeteren van de persoonlijke effectiviteit', nameEn: 'Strengthen personal effectiveness', percent: null },
  { code: 'WF-ES', service: 'WERKFIT', nameNl: 'Versterken van werknemersvaardigheden', nameEn: 'Improve employee skills', percent: null },
  { code: 'WF-LM', service: 'WERKFIT', nameNl: 'In beeld brengen van de arbeidsmarktpositie', nameEn: 'Map the labour-market position', percent: null },
  { code: 'NW-WANT', service: 'NAAR_WERK', nameNl: 'Inventariseren “willen”, oriëntatie', nameEn: 'Inventory of what the client wants, orientation', percent: shares([12, 24, 24, 12, 26, 17, 9, 17, 7]) },
  { code: 'NW-CAN', service: 'NAAR_WERK', nameNl: 'Inventariseren “kunnen”, bepalen mogelijkheden en arbeidsmarktpositie', nameEn: 'Inventory of what the client can do: possibilities and labour-market position', percent: shares([11, 26, 23, 13, 27, 17, 7, 20, 11]) },
  { code: 'NW-SEARCH', service: 'NAAR_WERK', nameNl: 'Activiteiten gericht op het “zoeken”', nameEn: 'Searching', percent: shares([40, 74, 67, 47, 73, 45, 30, 58, 35]) },
  { code: 'NW-APPLY', service: 'NAAR_WERK', nameNl: 'Activiteiten gericht op “solliciteren”', nameEn: 'Applying', percent: shares([43, 80, 73, 61, 81, 69, 31, 72, 52]) },
  { code: 'NW-MEDIATE', service: 'NAAR_WERK', nameNl: 'Activiteiten gericht op “bemiddelen” (jobfinding)', nameEn: 'Mediation (job finding)', percent: shares([43, 73, 59, 51, 69, 55, 40, 72, 58]) },
  { code: 'NW-CREATE', service: 'NAAR_WERK', nameNl: 'Activiteiten gericht op het creëren van functies speciaal voor deze klant', nameEn: 'Creating jobs specifically for this client', percent: shares([6, 6, 2, 4, 6, 1, 10, 15, 5]) },
  { code: 'NW-RELIEF', service: 'NAAR_WERK', nameNl: 'Activiteiten gericht op het ontlasten van de werkgever en werknemer', nameEn: 'Relieving employer and employee', percent: shares([10, 12, 11, 10, 28, 16, 15, 30, 20]) },
  { code: 'NW-OTHER', service: 'NAAR_WERK', nameNl: 'Overig', nameEn: 'Other', percent: shares([11, 15, 17, 13, 21, 13, 9, 17, 16]) },
]);

type Row = readonly [code: string, nameNl: string, nameEn: string, percent: NineColumns];

const activity = (group: string, service: ActivityService) => ([code, nameNl, nameEn, percent]: Row): Activity => ({
  code: `${group}-${code}`,
  nameNl,
  nameEn,
  group,
  service,
  requiresText: code === '99',
  percent: shares(percent),
});

/**
 * Activities per group, with the share of documents naming each. Werkfit: Tables 3.3–3.5 (original L1856–L2051);
 * Naar werk: Table 4.4 (original L3263–L3433). Code suffix 99 is the group's "other" (free text).
 */
export const ACTIVITIES: readonly Activity[] = deepFreeze([
  ...([
    ['01', 'Vergroten fitheid/vitaliteit', 'Increase fitness/vitality', [17, 18, 13, 19, 16, 6, 11, 12, 9]],
    ['02', 'Verbeteren persoonlijke representatie', 'Improve personal presentation', [4, 2, 2, 0, 1, 0, 7, 6, 0]],
    ['03', 'Vergroten psychische weerbaarheid, leren omgaan met tegenslagen en stress', 'Increase psychological resilience; cope with setbacks and stress', [39, 39, 25, 32, 34, 34, 27, 26, 26]],
    ['04', 'Verhogen assertiviteit, grenzen aangeven, verbeteren zelfvertrouwen', 'Increase assertiveness; set limits; improve self-confidence', [26, 34, 27, 33, 30, 30, 31, 33, 33]],
    ['05', 'Leren omgaan met/accepteren van verlies van mogelijkheden; motiveren om te gaan zoeken naar ander soort werk; onmogelijkheden ombuigen in mogelijkheden', 'Cope with/accept loss of abilities; motivate to seek other work; turn impossibilities into possibilities', [35, 32, 23, 38, 38, 38, 11, 13, 13]],
    ['06', 'Sociaal deelnemen, uitbreiden sociale contacten, combinatie werk/privé', 'Social participation; widen social contacts; combine work and private life', [9, 8, 7, 6, 11, 5, 18, 17, 9]],
    ['07', 'Leren beter communiceren, feedback geven en ontvangen', 'Communicate better; give and receive feedback', [0, 2, 2, 0, 0, 1, 8, 10, 5]],
    ['08', 'Vergroten motivatie om te werken', 'Increase motivation to work', [4, 2, 2, 4, 7, 4, 4, 2, 3]],
    ['09', 'Ontdekken van eigen sterke en minder sterke kanten, vaardigheden en capaciteiten', 'Discover own strengths and weaknesses, skills and capacities', [22, 31, 27, 18, 22, 21, 25, 36, 23]],
    ['99', 'Overige', 'Other', [0, 3, 5, 7, 11, 9, 10, 10, 5]],
  ] satisfies Row[]).map(activity('WF-PE', 'WERKFIT')),
  ...([
    ['01', 'Leren gezagsverhoudingen te accepteren', 'Learn to accept authority relationships', [0, 0, 0, 1, 3, 2, 15, 12, 18]],
    ['02', 'Leren om op tijd te komen', 'Learn to be on time', [0, 2, 0, 1, 1, 2, 11, 9, 13]],
    ['03', 'Aanleren dagschema, dag/nachtritme, weekstructuur', 'Learn a daily schedule, day/night rhythm, weekly structure', [20, 14, 4, 31, 39, 25, 25, 32, 25]],
    ['04', 'Leren samenwerken', 'Learn to cooperate', [0, 2, 0, 3, 5, 2, 25, 19, 22]],
    ['05', 'Leren beter communiceren, feedback geven en ontvangen', 'Communicate better; give and receive feedback', [0, 6, 6, 3, 5, 3, 13, 9, 10]],
    ['06', 'Leren zelfstandig(er) te functioneren', 'Learn to function (more) independently', [0, 8, 9, 4, 5, 2, 21, 13, 6]],
    ['07', 'Taaltraining', 'Language training', [0, 2, 0, 0, 0, 0, 0, 0, 1]],
    ['08', 'Inzicht in en leren omgaan met belastbaarheid', 'Insight into and coping with load capacity', [10, 31, 30, 42, 48, 28, 14, 21, 13]],
    ['99', 'Overige', 'Other', [20, 25, 17, 6, 11, 8, 16, 19, 15]],
  ] satisfies Row[]).map(activity('WF-ES', 'WERKFIT')),
  ...([
    ['01', 'Bepalen wat iemand wil (beroepskeuzetest/beroepenoriëntatie/zoekrichtingen)', 'Determine what the client wants (career-choice test, occupational orientation, search directions)', [39, 36, 37, 54, 57, 32, 45, 54, 36]],
    ['02', 'Oriënterende gesprekken met mensen uit het vak of werkgevers in de branche', 'Orientation talks with people in the trade or employers in the sector', [6, 8, 6, 2, 4, 8, 2, 4, 4]],
    ['03', 'Bepalen wat iemand kan (competentietest, capaciteitenonderzoek, inzicht bieden in arbeidsmarktmogelijkheden)', 'Determine what the client can do (competence test, capacity assessment, insight into labour-market options)', [35, 36, 26, 56, 40, 40, 47, 34, 34]],
    ['04', 'Onderzoek fysieke randvoorwaarden werkplek', 'Check the physical conditions of the workplace', [0, 0, 0, 4, 3, 3, 5, 5, 5]],
    ['05', 'Vaststellen of er vacatures zijn in de richting die iemand op wil', 'Check whether vacancies exist in the desired direction', [3, 15, 21, 10, 8, 8, 17, 12, 12]],
    ['06', 'Verbeteren zoekstrategieën (benutten netwerk, sociale media, werk.nl, internet, open sollicitaties)', 'Improve search strategies (network, social media, werk.nl, internet, open applications)', [6, 31, 28, 10, 14, 14, 1, 5, 5]],
    ['07', 'Verbeteren sollicitatievaardigheden (opbouw/verbeteren cv, profiel opstellen op sociale media of werk.nl, sollicitatietraining)', 'Improve application skills (CV, social-media or werk.nl profile, application training)', [6, 31, 32, 10, 21, 21, 7, 36, 36]],
    ['08', 'Hulp bij het vinden van (snuffel)stage of werkervaringsplaats en coaching tijdens die stage/werkervaringsplaats', 'Help finding a (taster) internship or work-experience place, and coaching during it', [19, 36, 32, 22, 27, 27, 43, 49, 49]],
  ] satisfies Row[]).map(activity('WF-LM', 'WERKFIT')),
  ...([
    ['01', 'Bepalen wat iemand wil (beroepskeuzetest/beroepenoriëntatie/zoekrichtingen)', 'Determine what the client wants (career-choice test, occupational orientation, search directions)', [10, 23, 23, 11, 25, 15, 7, 14, 6]],
    ['02', 'Oriënterende gesprekken met mensen uit het vak of werkgevers in de branche', 'Orientation talks with people in the trade or employers in the sector', [1, 2, 2, 1, 0, 1, 1, 1, 1]],
  ] satisfies Row[]).map(activity('NW-WANT', 'NAAR_WERK')),
  ...([
    ['01', 'Bepalen wat iemand kan (competentietest, capaciteitenonderzoek, inzicht bieden in arbeidsmarktmogelijkheden)', 'Determine what the client can do (competence test, capacity assessment, insight into labour-market options)', [7, 17, 17, 8, 20, 11, 5, 10, 4]],
    ['02', 'Bepalen van kansen op regionale arbeidsmarkt in voorkeursberoep en/of beroep dat past bij de capaciteiten', 'Chances on the regional labour market in the preferred occupation or one that fits the client’s capacities', [6, 11, 8, 7, 15, 7, 5, 11, 6]],
  ] satisfies Row[]).map(activity('NW-CAN', 'NAAR_WERK')),
  ...([
    ['01', 'Verbeteren zoekstrategieën (benutten netwerk, sociale media, werk.nl, internet, open sollicitaties, netwerktraining)', 'Improve search strategies (network, social media, werk.nl, internet, open applications, networking training)', [23, 53, 50, 35, 54, 29, 7, 20, 10]],
    ['02', 'Samen zoeken naar geschikte vacatures', 'Search for suitable vacancies together', [17, 36, 26, 15, 29, 15, 17, 38, 20]],
    ['03', 'RIB zoekt geschikte vacatures voor de klant', 'Provider searches suitable vacancies for the client', [9, 14, 8, 8, 21, 11, 14, 24, 15]],
  ] satisfies Row[]).map(activity('NW-SEARCH', 'NAAR_WERK')),
  ...([
    ['01', 'Verbeteren sollicitatievaardigheden (opbouw/verbeteren cv, profiel opstellen op sociale media of werk.nl, sollicitatietraining)', 'Improve application skills (CV, social-media or werk.nl profile, application training)', [37, 76, 70, 56, 75, 65, 22, 56, 39]],
    ['02', 'Samen voorbereiden sollicitatiegesprek(ken)', 'Prepare job interviews together', [9, 21, 21, 8, 24, 11, 11, 32, 17]],
  ] satisfies Row[]).map(activity('NW-APPLY', 'NAAR_WERK')),
  ...([
    ['01', 'Actief benaderen van en introductie bij werkgevers, jobhunting, benutten netwerk RIB', 'Actively approach and introduce to employers, job hunting, use the provider’s network', [37, 68, 52, 46, 62, 49, 29, 57, 48]],
    ['02', 'Meegaan naar sollicitatiegesprek(ken)', 'Accompany the client to job interviews', [3, 3, 2, 3, 7, 4, 6, 20, 4]],
    ['03', 'Hulp bij het vinden van (snuffel)stage of werkervaringsplaats', 'Help finding a (taster) internship or work-experience place', [3, 5, 5, 2, 9, 7, 3, 6, 5]],
    ['04', 'Inschrijven bij uitzendbureau(s)', 'Register with temp agencies', [0, 2, 3, 1, 2, 3, 0, 1, 0]],
  ] satisfies Row[]).map(activity('NW-MEDIATE', 'NAAR_WERK')),
  ...([
    ['01', 'Jobcarving/jobcrafting', 'Job carving / job crafting', [5, 5, 2, 4, 6, 1, 8, 11, 3]],
    ['02', 'Aanpassingen op de werkplek', 'Workplace adjustments', [1, 3, 0, 0, 1, 0, 2, 2, 2]],
  ] satisfies Row[]).map(activity('NW-CREATE', 'NAAR_WERK')),
  ...([
    ['01', 'Aanvragen loondispensatie/no-risk polis', 'Apply for wage dispensation / no-risk policy', [0, 0, 0, 0, 1, 0, 1, 3, 0]],
    ['02', 'Coaching tijdens stage/werkervaringsplaats', 'Coaching during an internship or work-experience place', [2, 5, 3, 1, 0, 4, 4, 9, 10]],
    ['03', 'Jobcoaching', 'Job coaching', [4, 2, 2, 1, 0, 0, 8, 10, 4]],
    ['04', 'Nazorg (ondersteunen bij starten op de werkplek, bestendigen arbeidsrelatie)', 'Aftercare (support when starting at the workplace, consolidating the employment)', [6, 6, 6, 9, 28, 13, 5, 16, 7]],
  ] satisfies Row[]).map(activity('NW-RELIEF', 'NAAR_WERK')),
  ...([
    ['01', 'Hulp bij het vinden van (snuffel)stage of werkervaringsplaats en coaching tijdens die stage/werkervaringsplaats', 'Help finding an internship or work-experience place, and coaching during it', [2, 5, 5, 2, 7, 4, 2, 6, 4]],
    ['02', 'Activiteiten gericht op zelfstandig ondernemerschap', 'Activities aimed at self-employment', [5, 5, 5, 10, 11, 8, 2, 3, 4]],
    ['99', 'Overige', 'Other', [5, 6, 9, 2, 4, 3, 5, 7, 7]],
  ] satisfies Row[]).map(activity('NW-OTHER', 'NAAR_WERK')),
]);

/**
 * Share (%) of documents that book hours under a group yet name no activity (Werkfit, last rows of Tables 3.3–3.5)
 * or name no activity at all (`NW`: Naar werk, Table 4.3). Columns: `ACTIVITY_DOCUMENT_COLUMNS`.
 */
export const NO_ACTIVITY_NAMED: FrequencyTable<'WF-PE' | 'WF-ES' | 'WF-LM' | 'NW'> = deepFreeze({
  source: 'seed 003 §5.2, Tables 3.3–3.5 and 4.3 (original L1856–L2051, L3207–L3262)',
  columns: ACTIVITY_DOCUMENT_COLUMNS,
  percent: {
    'WF-PE': [35, 15, 32, 25, 11, 44, 29, 19, 49],
    'WF-ES': [60, 27, 45, 30, 17, 52, 29, 28, 50],
    'WF-LM': [29, 9, 9, 18, 10, 23, 24, 10, 21],
    NW: [32, 0, 5, 26, 1, 12, 35, 1, 14],
  },
});

/** Share (%) of Werkfit documents using a work-experience place, per main heading and in total (Table 3.6, original L2055–L2093). */
export const WORK_EXPERIENCE_PLACE_USE: FrequencyTable<'WF-PE' | 'WF-ES' | 'WF-LM' | 'TOTAL'> = deepFreeze({
  source: 'seed 003 §5.2, Table 3.6 (original L2055–L2093)',
  columns: ACTIVITY_DOCUMENT_COLUMNS,
  percent: {
    'WF-PE': [10, 22, 19, 22, 33, 28, 28, 41, 32],
    'WF-ES': [6, 36, 22, 34, 46, 28, 44, 59, 49],
    'WF-LM': [15, 31, 26, 36, 45, 32, 49, 61, 58],
    TOTAL: [17, 44, 30, 53, 65, 39, 55, 67, 61],
  },
});
