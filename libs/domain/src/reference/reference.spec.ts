import { BARRIERS, CODE_LISTS, FrequencyTable, REGIONS, TARGET_GROUPS } from '../index.js';
import { ACTIVITIES, ACTIVITY_GROUPS, NO_ACTIVITY_NAMED, WORK_EXPERIENCE_PLACE_USE } from './activities.js';
import { EARLY_RETURN_REASON_FREQUENCIES, EARLY_RETURN_REASONS, END_REASON_FREQUENCIES, END_REASONS } from './end-reasons.js';
import { FOLLOW_UP_ADVICE, NAAR_WERK_FOLLOW_UP_FREQUENCIES, WERKFIT_FOLLOW_UP_FREQUENCIES } from './follow-up-advice.js';
import { SUCCESS_REASON_FREQUENCIES, SUCCESS_REASONS } from './success-reasons.js';

const percentCells = (table: FrequencyTable<string>) => Object.values<readonly (number | null)[]>(table.percent).flat();

describe('reference data (SPEC §2)', () => {
  it('has 53 target groups: 24 WW and 29 AG, with unique codes', () => {
    expect(TARGET_GROUPS).toHaveLength(53);
    expect(TARGET_GROUPS.filter((t) => t.population === 'WW')).toHaveLength(24);
    expect(TARGET_GROUPS.filter((t) => t.population === 'AG')).toHaveLength(29);
    expect(new Set(TARGET_GROUPS.map((t) => t.code)).size).toBe(53);
  });

  it('has the 35 labour-market regions with unique codes and names', () => {
    expect(REGIONS).toHaveLength(35);
    expect(new Set(REGIONS.map((r) => r.code)).size).toBe(35);
    expect(new Set(REGIONS.map((r) => r.name)).size).toBe(35);
  });

  it('gives every code list unique codes and both labels', () => {
    for (const list of CODE_LISTS) {
      expect(new Set(list.entries.map((e) => e.code)).size).toBe(list.entries.length);
      expect(list.entries.every((e) => e.nameNl.length > 0 && e.nameEn.length > 0)).toBe(true);
    }
  });

  it('has the 30 barriers of seed 003 §5.1 with their frequencies in 0–100', () => {
    expect(BARRIERS).toHaveLength(30);
    expect(new Set(BARRIERS.map((b) => b.code)).size).toBe(30);
    const cells = BARRIERS.flatMap((b) => Object.values(b.percent).flatMap((row) => Object.values(row)));
    expect(cells.filter((v) => v !== null).every((v) => v! >= 0 && v! <= 100)).toBe(true);
    expect(BARRIERS.find((b) => b.code === 'BAR-27')).toMatchObject({ nameEn: 'Stress sensitivity', percent: { WERKFIT: { WGA: 35 } } });
    expect(CODE_LISTS.find((l) => l.id === 'barriers')?.entries).toHaveLength(30);
  });

  it('registers every seed 003 taxonomy as a versioned code list with its source', () => {
    const ids = CODE_LISTS.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ['activity-groups', 'activities', 'end-reasons', 'early-return-reasons', 'success-reasons', 'follow-up-advice']) {
      const list = CODE_LISTS.find((l) => l.id === id);
      expect(list?.version).toMatch(/^\d{4}\.\d+$/);
      expect(list?.source).toMatch(/seed 003 .*L\d+/);
    }
    expect(CODE_LISTS.find((l) => l.id === 'activities')?.entries).toHaveLength(ACTIVITIES.length);
  });

  it('has the three Werkfit main headings and the eight Naar werk groups, each activity in a group of its service', () => {
    expect(ACTIVITY_GROUPS.filter((g) => g.service === 'WERKFIT').map((g) => g.code)).toEqual(['WF-PE', 'WF-ES', 'WF-LM']);
    expect(ACTIVITY_GROUPS.filter((g) => g.service === 'NAAR_WERK')).toHaveLength(8);
    for (const a of ACTIVITIES) {
      expect(ACTIVITY_GROUPS.find((g) => g.code === a.group)?.service).toBe(a.service);
      expect(a.code.startsWith(`${a.group}-`)).toBe(true);
    }
    for (const g of ACTIVITY_GROUPS) expect(ACTIVITIES.some((a) => a.group === g.code)).toBe(true);
    expect(ACTIVITIES.filter((a) => a.service === 'WERKFIT')).toHaveLength(27);
    expect(ACTIVITIES.filter((a) => a.service === 'NAAR_WERK')).toHaveLength(22);
  });

  it('keeps the activity frequencies of Tables 3.3–3.6, 4.3 and 4.4 in 0–100', () => {
    const shares = [...ACTIVITIES, ...ACTIVITY_GROUPS].flatMap((a) => (a.percent ? Object.values(a.percent).flatMap((doc) => Object.values(doc)) : []));
    expect(shares.every((v) => Number.isInteger(v) && v >= 0 && v <= 100)).toBe(true);
    expect(ACTIVITIES.find((a) => a.code === 'WF-ES-08')).toMatchObject({ nameNl: 'Inzicht in en leren omgaan met belastbaarheid', percent: { WGA: { PLAN: 42, RIP: 48, ER: 28 } } });
    expect(ACTIVITIES.find((a) => a.code === 'NW-APPLY-01')?.percent.ZW).toEqual({ PLAN: 37, RIP: 76, ER: 70 });
    expect(ACTIVITY_GROUPS.find((g) => g.code === 'NW-APPLY')?.percent?.WGA.RIP).toBe(81);
    for (const table of [NO_ACTIVITY_NAMED, WORK_EXPERIENCE_PLACE_USE]) {
      expect(Object.values<readonly (number | null)[]>(table.percent).every((row) => row.length === table.columns.length)).toBe(true);
    }
    expect(WORK_EXPERIENCE_PLACE_USE.percent.TOTAL).toEqual([17, 44, 30, 53, 65, 39, 55, 67, 61]);
  });

  it('marks exactly the "other" entries as needing a text', () => {
    expect(ACTIVITIES.filter((a) => a.requiresText).map((a) => a.code)).toEqual(['WF-PE-99', 'WF-ES-99', 'NW-OTHER-99']);
    expect(EARLY_RETURN_REASONS.filter((r) => r.requiresText).map((r) => r.code)).toEqual(['OTHER']);
    expect(SUCCESS_REASONS.filter((r) => r.requiresText).map((r) => r.code)).toEqual(['OTHER']);
    expect(FOLLOW_UP_ADVICE.filter((r) => r.requiresText).map((r) => r.code)).toEqual(['OTHER_INTERVENTION']);
  });

  it('IC-8: has exactly the end reasons per service and the five early-return reasons', () => {
    const forService = (service: 'WERKFIT' | 'NAAR_WERK') => END_REASONS.filter((r) => r.services.includes(service)).map((r) => r.code);
    expect(forService('WERKFIT')).toEqual(['RESULT_ACHIEVED', 'MAX_DURATION', 'EARLY_RETURN', 'RETURNED_AFTER_EVALUATION']);
    expect(forService('NAAR_WERK')).toEqual(['PLACEMENT', 'MAX_DURATION', 'EARLY_RETURN']);
    expect(END_REASONS.filter((r) => r.successful).map((r) => r.code)).toEqual(['RESULT_ACHIEVED', 'PLACEMENT']);
    expect(EARLY_RETURN_REASONS.map((r) => r.code)).toEqual(['MOVING', 'ILLNESS', 'DEATH', 'OBJECTION_APPEAL', 'OTHER']);
  });

  it('keeps the outcome, success-reason and follow-up frequencies as printed, one value per column', () => {
    const tables: FrequencyTable<string>[] = [
      END_REASON_FREQUENCIES,
      EARLY_RETURN_REASON_FREQUENCIES,
      SUCCESS_REASON_FREQUENCIES,
      WERKFIT_FOLLOW_UP_FREQUENCIES,
      NAAR_WERK_FOLLOW_UP_FREQUENCIES,
    ];
    for (const table of tables) {
      expect(Object.values<readonly (number | null)[]>(table.percent).every((row) => row.length === table.columns.length)).toBe(true);
      expect(table.n === undefined || table.n.length === table.columns.length).toBe(true);
      expect(percentCells(table).every((v) => v === null || (v >= 0 && v <= 100))).toBe(true);
    }
    const [wf, nw] = [0, 1].map((col) => Object.values(END_REASON_FREQUENCIES.percent).reduce((sum, row) => sum + (row[col] ?? 0), 0));
    expect([wf, nw]).toEqual([100, 100]);
    expect(SUCCESS_REASON_FREQUENCIES.percent.CLIENT_HAS_WORK).toEqual([15, 40, 29]);
    expect(NAAR_WERK_FOLLOW_UP_FREQUENCIES.percent.NONE[0]).toBe(100);
    const codes = new Set(FOLLOW_UP_ADVICE.map((a) => a.code));
    for (const table of [WERKFIT_FOLLOW_UP_FREQUENCIES, NAAR_WERK_FOLLOW_UP_FREQUENCIES]) {
      expect(Object.keys(table.percent).every((code) => codes.has(code as never))).toBe(true);
    }
  });
});
