import { CodeList, CodeListEntry, deepFreeze } from './code-list.js';
import { ACTIVITIES, ACTIVITY_GROUPS } from './activities.js';
import { BARRIERS } from './barriers.js';
import { EARLY_RETURN_REASONS, END_REASONS } from './end-reasons.js';
import { FOLLOW_UP_ADVICE } from './follow-up-advice.js';
import { SUCCESS_REASONS } from './success-reasons.js';
import { REGIONS } from './regions.js';
import { TARGET_GROUPS } from './target-groups.js';

/** Benefit types (client groups), seed 003 §1. */
export const BENEFIT_TYPES: readonly CodeListEntry[] = deepFreeze([
  { code: 'WW', nameNl: 'Werkloosheidswet', nameEn: 'Unemployment insurance' },
  { code: 'WGA', nameNl: 'Werkhervatting gedeeltelijk arbeidsgeschikten', nameEn: 'Return to work, partially fit' },
  { code: 'WAJONG', nameNl: 'Wajong', nameEn: 'Young disabled persons' },
  { code: 'ZW', nameNl: 'Ziektewet', nameEn: 'Sickness benefit' },
  { code: 'WAO', nameNl: 'Wet op de arbeidsongeschiktheidsverzekering', nameEn: 'Disability insurance (old)' },
  { code: 'WAZ', nameNl: 'Wet arbeidsongeschiktheidsverzekering zelfstandigen', nameEn: 'Disability insurance, self-employed' },
]);

/** Services (framework lots), seed 003 §2.1: the two main lots and the 2019 pilot's modular services. */
export const SERVICES: readonly (CodeListEntry & { readonly optional: boolean })[] = deepFreeze([
  { code: 'WERKFIT', nameNl: 'Werkfit maken', nameEn: 'Work-fit', optional: false },
  { code: 'NAAR_WERK', nameNl: 'Naar werk', nameEn: 'Into work', optional: false },
  { code: 'MOD_SOLLICITATIE', nameNl: 'Module sollicitatievaardigheden', nameEn: 'Module job-application skills', optional: true },
  { code: 'MOD_JOBHUNTING', nameNl: 'Module jobhunting', nameEn: 'Module job hunting', optional: true },
  { code: 'MOD_WERKFIT', nameNl: 'Module werkfit', nameEn: 'Module work-fit', optional: true },
  { code: 'MOD_ZELFSTANDIG', nameNl: 'Module oriëntatie zelfstandig ondernemerschap', nameEn: 'Module self-employment orientation', optional: true },
]);

const entries = (rows: readonly { code: string; nameNl: string; nameEn: string }[]): CodeListEntry[] =>
  rows.map(({ code, nameNl, nameEn }) => ({ code, nameNl, nameEn }));

/** Every versioned code list the API serves. */
export const CODE_LISTS: readonly CodeList[] = deepFreeze([
  { id: 'benefit-types', version: '2020.1', source: 'seed 003 §1', entries: entries(BENEFIT_TYPES) },
  { id: 'services', version: '2020.1', source: 'seed 003 §2.1', entries: entries(SERVICES) },
  { id: 'target-groups', version: '2002.1', source: 'seed 000 §2.3 (names illustrative)', entries: entries(TARGET_GROUPS) },
  { id: 'barriers', version: '2020.1', source: 'seed 003 §5.1, Tables 3.2 and 4.2', entries: entries(BARRIERS) },
  { id: 'regions', version: '2016.1', source: 'arbeidsmarktregio’s', entries: REGIONS.map(({ code, name }) => ({ code, nameNl: name, nameEn: name })) },
  { id: 'activity-groups', version: '2020.1', source: 'seed 003 §5.2: Werkfit main headings (L1653–L1662), Naar werk Table 4.3 (L3207–L3262)', entries: entries(ACTIVITY_GROUPS) },
  { id: 'activities', version: '2020.1', source: 'seed 003 §5.2, Tables 3.3–3.5 (L1856–L2051) and 4.4 (L3263–L3433)', entries: entries(ACTIVITIES) },
  { id: 'end-reasons', version: '2020.1', source: 'seed 003 §3.3, Beëindigde re-integratiedienst (L4584–L4602)', entries: entries(END_REASONS) },
  { id: 'early-return-reasons', version: '2020.1', source: 'seed 003 §3.2 C (L2228–L2230, L3490–L3494)', entries: entries(EARLY_RETURN_REASONS) },
  { id: 'success-reasons', version: '2020.1', source: 'seed 003 §3.3, Table 3.7 (L2187–L2216)', entries: entries(SUCCESS_REASONS) },
  { id: 'follow-up-advice', version: '2020.1', source: 'seed 003 §3.3, Tables 3.9 (L2347–L2422) and 4.6 (L3603–L3678)', entries: entries(FOLLOW_UP_ADVICE) },
]);
