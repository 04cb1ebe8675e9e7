import { decisionErrors, decisionOutcome, incompleteness, INKOOPKADER_AG_2016_CHECKLIST as CHECKLIST, lapsedEvidence } from './checklist.js';

const complete = {
  declared: ['UG-01', 'UG-02', 'ME-01', 'ME-02', 'ME-03', 'ME-04', 'ME-05', 'ME-07'],
  evidence: { 'UG-02': '2027-01-01', 'ME-01': null, 'ME-02': '2027-01-01', 'ME-03': '2027-01-01', 'ME-04': null, 'ME-05': null },
  experience: { trajectories: 12, placements: 3, newcomer: false },
  regions: ['AMR-01'], targetGroups: ['WW-01'], capacity: 5,
};

describe('framework checklist (FW-2, FW-3, FW-5)', () => {
  it('FW-2: a complete application has nothing missing', () => {
    expect(incompleteness(CHECKLIST, complete, '2026-06-01')).toEqual([]);
  });

  it('FW-2: expired evidence makes a submission incomplete, valid through its expiry date', () => {
    expect(incompleteness(CHECKLIST, complete, '2027-01-01')).toEqual([]);
    expect(incompleteness(CHECKLIST, complete, '2027-01-02').map((e) => e.field)).toEqual(['evidence.UG-02', 'evidence.ME-02', 'evidence.ME-03']);
  });

  it('FW-2: newcomers to the target group are exempt from the experience requirement', () => {
    const novice = { ...complete, experience: { trajectories: 0, placements: 0, newcomer: false } };
    expect(incompleteness(CHECKLIST, novice, '2026-06-01').map((e) => e.field)).toEqual(['experience.trajectories']);
    expect(incompleteness(CHECKLIST, { ...novice, experience: { ...novice.experience, newcomer: true } }, '2026-06-01')).toEqual([]);
  });

  it('FW-3: a decision covers every requirement once, with a reason for each one not met', () => {
    const all = CHECKLIST.map((r) => ({ requirementCode: r.code, met: true }));
    expect(decisionErrors(CHECKLIST, all)).toEqual([]);
    expect(decisionOutcome(all)).toBe('ADMIT');
    const failed = all.map((d) => (d.requirementCode === 'ME-03' ? { ...d, met: false } : d));
    expect(decisionErrors(CHECKLIST, failed).map((e) => e.field)).toEqual(['decisions[4].reason']);
    expect(decisionOutcome(failed)).toBe('REJECT');
    expect(decisionErrors(CHECKLIST, all.slice(1)).map((e) => e.message)).toEqual(['UG-01: no decision']);
    expect(decisionErrors(CHECKLIST, [...all, all[0]!]).map((e) => e.message)).toContain('a requirement is decided twice');
  });

  it('FW-5: only accepted evidence past its expiry date lapses; documents that do not expire never do', () => {
    expect(lapsedEvidence(CHECKLIST, complete.evidence, '2027-01-01')).toEqual([]);
    expect(lapsedEvidence(CHECKLIST, complete.evidence, '2027-01-02')).toEqual(['UG-02', 'ME-02', 'ME-03']);
    expect(lapsedEvidence(CHECKLIST, { ...complete.evidence, 'ME-02': '2030-01-01' }, '2027-01-02')).toEqual(['UG-02', 'ME-03']);
    expect(lapsedEvidence(CHECKLIST, {}, '2027-01-02')).toEqual([]);
  });
});
