import { deepFreeze } from './code-list.js';

export interface Barrier {
  readonly code: string;
  readonly nameNl: string;
  readonly nameEn: string;
  readonly category: string;
  /** % of clients whose plan names the barrier, per service × benefit type; null where the source does not list it. */
  readonly percent: Readonly<Record<'WERKFIT' | 'NAAR_WERK', Readonly<Record<'ZW' | 'WGA' | 'WAJONG', number | null>>>>;
}

/** The 30 barriers to work (belemmeringen), seed 003 §5.1: Table 3.2 (Werkfit, L1402–L1507) and Table 4.2 (Naar werk, L3020–L3096). */
export const BARRIERS: readonly Barrier[] = deepFreeze([
  { code: 'BAR-01', nameNl: 'Beperkingen aan het bewegingsapparaat', nameEn: 'Musculoskeletal limitations', category: 'physical', percent: { WERKFIT: { ZW: 53, WGA: 72, WAJONG: 21 }, NAAR_WERK: { ZW: 55, WGA: 74, WAJONG: 22 } } },
  { code: 'BAR-02', nameNl: 'Gezichts- of gehoorproblemen', nameEn: 'Vision or hearing problems', category: 'physical', percent: { WERKFIT: { ZW: 0, WGA: 2, WAJONG: 6 }, NAAR_WERK: { ZW: 0, WGA: 3, WAJONG: 4 } } },
  { code: 'BAR-03', nameNl: 'Laag handelingstempo', nameEn: 'Low work pace', category: 'cognitive/functional', percent: { WERKFIT: { ZW: 0, WGA: 5, WAJONG: 17 }, NAAR_WERK: { ZW: 2, WGA: 8, WAJONG: 21 } } },
  { code: 'BAR-04', nameNl: 'Verstandelijke beperking / leerachterstand / vertraagd leertempo', nameEn: 'Intellectual disability / learning delay / slow learning', category: 'cognitive', percent: { WERKFIT: { ZW: 4, WGA: 2, WAJONG: 20 }, NAAR_WERK: { ZW: 0, WGA: 0, WAJONG: 17 } } },
  { code: 'BAR-05', nameNl: 'Eenzijdige opleiding en arbeidsverleden', nameEn: 'One-sided education and work history', category: 'labour market', percent: { WERKFIT: { ZW: 6, WGA: 9, WAJONG: 2 }, NAAR_WERK: { ZW: 8, WGA: 7, WAJONG: 4 } } },
  { code: 'BAR-06', nameNl: 'Weinig mogelijkheden op de arbeidsmarkt', nameEn: 'Few labour-market opportunities', category: 'labour market', percent: { WERKFIT: { ZW: 4, WGA: 6, WAJONG: 16 }, NAAR_WERK: { ZW: 2, WGA: 0, WAJONG: 4 } } },
  { code: 'BAR-07', nameNl: 'Kan niet zelfstandig werken, veel behoefte aan begeleiding', nameEn: 'Cannot work independently, needs much support', category: 'labour market / functional', percent: { WERKFIT: { ZW: 0, WGA: 2, WAJONG: 39 }, NAAR_WERK: { ZW: 0, WGA: 0, WAJONG: 30 } } },
  { code: 'BAR-08', nameNl: 'Kan oude beroep niet meer uitoefenen', nameEn: 'Can no longer do former occupation', category: 'labour market', percent: { WERKFIT: { ZW: 25, WGA: 23, WAJONG: 2 }, NAAR_WERK: { ZW: 27, WGA: 15, WAJONG: 1 } } },
  { code: 'BAR-09', nameNl: 'Motivatieprobleem door weinig zicht op mogelijkheden op de arbeidsmarkt', nameEn: 'Motivation problem: little view of job opportunities', category: 'motivation', percent: { WERKFIT: { ZW: 1, WGA: 6, WAJONG: 11 }, NAAR_WERK: { ZW: 2, WGA: 7, WAJONG: 2 } } },
  { code: 'BAR-10', nameNl: 'Motivatieprobleem, wil (eigenlijk) niet werken', nameEn: 'Motivation problem: does not (really) want to work', category: 'motivation', percent: { WERKFIT: { ZW: 0, WGA: 2, WAJONG: 4 }, NAAR_WERK: { ZW: 0, WGA: 1, WAJONG: 1 } } },
  { code: 'BAR-11', nameNl: 'Motivatieprobleem door moeite met verwerken verlies van mogelijkheden / niet terug kunnen keren in oude beroep', nameEn: 'Motivation problem: coping with loss of abilities / former occupation', category: 'motivation', percent: { WERKFIT: { ZW: 9, WGA: 3, WAJONG: 0 }, NAAR_WERK: { ZW: 2, WGA: 1, WAJONG: 0 } } },
  { code: 'BAR-12', nameNl: 'Problemen in thuissituatie die werk belemmeren', nameEn: 'Home-situation problems', category: 'personal circumstances', percent: { WERKFIT: { ZW: 2, WGA: 3, WAJONG: 6 }, NAAR_WERK: { ZW: 2, WGA: 0, WAJONG: 1 } } },
  { code: 'BAR-13', nameNl: 'Schuldenproblematiek', nameEn: 'Debt problems', category: 'personal circumstances', percent: { WERKFIT: { ZW: 10, WGA: 2, WAJONG: 10 }, NAAR_WERK: { ZW: 0, WGA: 0, WAJONG: 3 } } },
  { code: 'BAR-14', nameNl: 'Verslavingsproblematiek', nameEn: 'Addiction', category: 'personal circumstances', percent: { WERKFIT: { ZW: 1, WGA: 0, WAJONG: 5 }, NAAR_WERK: { ZW: null, WGA: null, WAJONG: null } } },
  { code: 'BAR-15', nameNl: 'Huisvestingsproblemen', nameEn: 'Housing problems', category: 'personal circumstances', percent: { WERKFIT: { ZW: 0, WGA: 1, WAJONG: 4 }, NAAR_WERK: { ZW: 0, WGA: 0, WAJONG: 2 } } },
  { code: 'BAR-16', nameNl: 'Mantelzorg en/of zorg kinderen', nameEn: 'Informal care and/or childcare duties', category: 'personal circumstances', percent: { WERKFIT: { ZW: 6, WGA: 9, WAJONG: 15 }, NAAR_WERK: { ZW: 2, WGA: 2, WAJONG: 2 } } },
  { code: 'BAR-17', nameNl: 'Urenbeperking', nameEn: 'Restriction on working hours', category: 'medical/functional', percent: { WERKFIT: { ZW: 11, WGA: 33, WAJONG: 18 }, NAAR_WERK: { ZW: 0, WGA: 31, WAJONG: 7 } } },
  { code: 'BAR-18', nameNl: 'Moeite met op tijd komen', nameEn: 'Trouble being on time', category: 'work attitude', percent: { WERKFIT: { ZW: 1, WGA: 0, WAJONG: 4 }, NAAR_WERK: { ZW: 0, WGA: 0, WAJONG: 1 } } },
  { code: 'BAR-19', nameNl: 'Verstoord dag-/nachtritme', nameEn: 'Disturbed day/night rhythm', category: 'work attitude', percent: { WERKFIT: { ZW: 1, WGA: 3, WAJONG: 8 }, NAAR_WERK: { ZW: 2, WGA: 0, WAJONG: 2 } } },
  { code: 'BAR-20', nameNl: 'Moeite met autoriteit', nameEn: 'Trouble with authority', category: 'social-emotional/behavioural', percent: { WERKFIT: { ZW: 0, WGA: 1, WAJONG: 5 }, NAAR_WERK: { ZW: 2, WGA: 0, WAJONG: 5 } } },
  { code: 'BAR-21', nameNl: 'Moeite met het aangeven van eigen grenzen', nameEn: 'Trouble setting own limits', category: 'social-emotional', percent: { WERKFIT: { ZW: 6, WGA: 6, WAJONG: 13 }, NAAR_WERK: { ZW: 3, WGA: 4, WAJONG: 14 } } },
  { code: 'BAR-22', nameNl: 'Problemen met agressieregulatie / conflicthantering', nameEn: 'Aggression regulation / conflict handling', category: 'social-emotional/behavioural', percent: { WERKFIT: { ZW: 5, WGA: 18, WAJONG: 29 }, NAAR_WERK: { ZW: 5, WGA: 19, WAJONG: 30 } } },
  { code: 'BAR-23', nameNl: 'Moeite met structuur aanbrengen', nameEn: 'Trouble creating structure', category: 'behavioural', percent: { WERKFIT: { ZW: 7, WGA: 8, WAJONG: 29 }, NAAR_WERK: { ZW: 2, WGA: 1, WAJONG: 43 } } },
  { code: 'BAR-24', nameNl: 'Moeite met vragen om/zoeken naar hulp', nameEn: 'Trouble asking for or seeking help', category: 'social-emotional', percent: { WERKFIT: { ZW: 0, WGA: 0, WAJONG: 7 }, NAAR_WERK: { ZW: 0, WGA: 0, WAJONG: 5 } } },
  { code: 'BAR-25', nameNl: 'Concentratieproblemen', nameEn: 'Concentration problems', category: 'cognitive', percent: { WERKFIT: { ZW: 5, WGA: 5, WAJONG: 17 }, NAAR_WERK: { ZW: 3, WGA: 4, WAJONG: 14 } } },
  { code: 'BAR-26', nameNl: 'Moeite met communiceren en/of samenwerken', nameEn: 'Trouble communicating and/or cooperating', category: 'social-emotional', percent: { WERKFIT: { ZW: 11, WGA: 8, WAJONG: 32 }, NAAR_WERK: { ZW: 0, WGA: 12, WAJONG: 23 } } },
  { code: 'BAR-27', nameNl: 'Gevoeligheid voor stress', nameEn: 'Stress sensitivity', category: 'psychological', percent: { WERKFIT: { ZW: 30, WGA: 35, WAJONG: 26 }, NAAR_WERK: { ZW: 0, WGA: 0, WAJONG: 7 } } },
  { code: 'BAR-28', nameNl: 'Gebrekkig zelfbeeld (onder- of overschatting)', nameEn: 'Poor self-image (under- or over-estimation)', category: 'psychological', percent: { WERKFIT: { ZW: 1, WGA: 2, WAJONG: 11 }, NAAR_WERK: { ZW: 3, WGA: 1, WAJONG: 6 } } },
  { code: 'BAR-29', nameNl: 'Gebrekkig zelfvertrouwen', nameEn: 'Low self-confidence', category: 'psychological', percent: { WERKFIT: { ZW: 2, WGA: 6, WAJONG: 7 }, NAAR_WERK: { ZW: 9, WGA: 12, WAJONG: 48 } } },
  { code: 'BAR-30', nameNl: 'Niet flexibel kunnen inspelen op veranderingen (aangewezen op voorspelbare werksituatie)', nameEn: 'Cannot adapt flexibly to change; needs a predictable work situation', category: 'psychological/behavioural', percent: { WERKFIT: { ZW: 5, WGA: 24, WAJONG: 32 }, NAAR_WERK: { ZW: 14, WGA: 6, WAJONG: 24 } } },
]);
