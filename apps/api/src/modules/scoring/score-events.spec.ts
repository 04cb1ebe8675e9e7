import { factChange, SCORING_EVENT_TYPES } from './score-events.js';

const caseMix = { benefitType: 'WW', targetGroup: 'WW-01', region: 'AMR-01', distanceToLabourMarket: 3, ageBand: '27-44', barrierCount: 2 };
const base = { providerId: '7f0c3f2e-4a4b-4d0c-9a57-2f1d6c1b7e10', route: 'NAAR_WERK' };

describe('scoring events (SC-1)', () => {
  it('SC-1: counts the six events of the contract and nothing else', () => {
    expect(SCORING_EVENT_TYPES).toEqual(['trajectory.started', 'trajectory.closed', 'trajectory.outcome-judged', 'placement.recorded', 'follow-up.recorded', 'satisfaction.recorded']);
    expect(factChange('provider.registered', {})).toBeNull();
  });

  it('SC-1: the first provider, route, start and case mix seen stay; the closing figures replace the start’s', () => {
    const started = factChange('trajectory.started', { ...base, frameworkId: null, startedOn: '2026-02-02', priceCents: 250_000, hours: 40.5, caseMix })!;
    expect(started.set).toContain('provider_id = coalesce(provider_id, $2)');
    expect(started.set).toContain('planned_centihours = coalesce(planned_centihours, $11)');
    expect(started.values.slice(-2)).toEqual([250_000, 4050]);
    const closed = factChange('trajectory.closed', {
      ...base, startedOn: '2026-02-02', endedOn: '2026-08-01', endReason: 'PLACEMENT', outcome: 'PENDING', plannedHours: 40, deliveredHours: 38.25, priceCents: 250_000, endReportLate: false, caseMix,
    })!;
    expect(closed.set).toContain('closed_outcome = $12');
    expect(closed.values.slice(8)).toEqual(['2026-08-01', 'PLACEMENT', 'PENDING', 4000, 3825, 250_000, false]);
  });

  it('SC-1: a work status sets its month’s bit, and a later report of the same month replaces it', () => {
    const change = factChange('follow-up.recorded', { ...base, month: '2026-09', monthsAfterEnd: 6, working: false })!;
    expect(change.set).toContain('follow_up_working = (follow_up_working & ~$11::int) | $12::int');
    expect(change.values.slice(-3)).toEqual([32, 32, 0]);
  });

  it('SC-1: a malformed payload is refused with the event type and field, so the job fails visibly', () => {
    expect(() => factChange('trajectory.closed', { ...base, outcome: 'MAYBE' })).toThrow(/trajectory.closed: endedOn must be a date/);
    expect(() => factChange('satisfaction.recorded', { ...base, score: 11 })).toThrow(/score must be a score 1–10/);
    expect(() => factChange('follow-up.recorded', { ...base, monthsAfterEnd: 13, working: true })).toThrow(/monthsAfterEnd/);
    expect(() => factChange('placement.recorded', { route: 'IRO' })).toThrow(/providerId/);
  });
});
