import { deepFreeze } from './code-list.js';

export interface TargetGroup {
  readonly code: string;
  readonly nameNl: string;
  readonly nameEn: string;
  readonly population: 'WW' | 'AG';
  /** True where the name is ours, not the sources': seed 000 §2.3 gives the count (24 + 29) and a few examples. */
  readonly illustrative: boolean;
}

const WW: [string, string][] = [
  ['Jongeren tot 27 jaar', 'Young people under 27'], ['Ouderen vanaf 55 jaar', 'Older workers aged 55+'],
  ['Langdurig werklozen', 'Long-term unemployed'], ['Herintreders', 'Returners to work'],
  ['Laaggeschoolden', 'Low-skilled'], ['Hoger opgeleiden', 'Highly educated'], ['Anderstaligen', 'Non-native speakers'],
  ['Bouw en infrastructuur', 'Construction and infrastructure'], ['Techniek en installatie', 'Engineering and installation'],
  ['Zorg en welzijn', 'Health and social care'], ['Onderwijs', 'Education'], ['Transport en logistiek', 'Transport and logistics'],
  ['Handel en detailhandel', 'Trade and retail'], ['Horeca en toerisme', 'Hospitality and tourism'],
  ['ICT', 'ICT'], ['Financiële dienstverlening', 'Financial services'], ['Openbaar bestuur', 'Public administration'],
  ['Agrarische sector', 'Agriculture'], ['Industrie en productie', 'Manufacturing'], ['Schoonmaak en facilitair', 'Cleaning and facilities'],
  ['Creatieve sector', 'Creative industries'], ['Zelfstandig ondernemerschap', 'Self-employment'],
  ['Grensregio en mobiliteit', 'Border regions and mobility'], ['Uitzend- en flexwerk', 'Temporary and agency work'],
];
const AG: [string, string][] = [
  ['Nierpatiënten', 'Kidney patients'], ['Slechthorenden en doven', 'Hearing impaired and deaf'],
  ['Visueel gehandicapten', 'Visually impaired'], ['Psychische aandoeningen', 'Mental health conditions'],
  ['Burn-out en overspanning', 'Burn-out and stress'], ['Rugklachten', 'Back conditions'],
  ['Hart- en vaatziekten', 'Cardiovascular disease'], ['Kanker', 'Cancer'], ['Niet-aangeboren hersenletsel', 'Acquired brain injury'],
  ['Chronische vermoeidheid', 'Chronic fatigue'], ['Reuma en gewrichtsaandoeningen', 'Rheumatic and joint conditions'],
  ['Diabetes', 'Diabetes'], ['Epilepsie', 'Epilepsy'], ['Multiple sclerose', 'Multiple sclerosis'],
  ['Verslavingsproblematiek', 'Addiction'], ['Autismespectrumstoornis', 'Autism spectrum disorder'],
  ['ADHD', 'ADHD'], ['Licht verstandelijke beperking', 'Mild intellectual disability'],
  ['Lichamelijke beperking', 'Physical disability'], ['Astma en COPD', 'Asthma and COPD'],
  ['Whiplash', 'Whiplash'], ['Arm-, nek- en schouderklachten (RSI)', 'Repetitive strain injury'],
  ['Wajong jongeren', 'Young disabled (Wajong)'], ['Ouderen met beperking vanaf 50 jaar', 'Disabled workers aged 50+'],
  ['Zorgsector met beperking', 'Health-care workers with a disability'], ['Bouw met beperking', 'Construction workers with a disability'],
  ['Transport met beperking', 'Transport workers with a disability'], ['Onderwijs met beperking', 'Teachers with a disability'],
  ['Zelfstandigen met beperking', 'Self-employed with a disability'],
];
const SOURCED = new Set(['Nierpatiënten', 'Slechthorenden en doven', 'Visueel gehandicapten']);

const build = (rows: [string, string][], population: 'WW' | 'AG'): TargetGroup[] =>
  rows.map(([nameNl, nameEn], i) => ({
    code: `${population}-${String(i + 1).padStart(2, '0')}`, nameNl, nameEn, population, illustrative: !SOURCED.has(nameNl),
  }));

/** The 53 target groups of the 2002 tender: 24 for the unemployed (WW) + 29 for the occupationally disabled (AG). */
export const TARGET_GROUPS: readonly TargetGroup[] = deepFreeze([...build(WW, 'WW'), ...build(AG, 'AG')]);
