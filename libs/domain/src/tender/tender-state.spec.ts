import fc from 'fast-check';
import {
  guardTenderWrite,
  TENDER_STATES,
  TENDER_TRANSITIONS,
  transitionTender,
  type TenderAction,
  type TenderClock,
  type TenderState,
} from './tender-state.js';

const at = (iso: string) => new Date(iso);
const DEADLINES = {
  questionsClose: at('2026-03-01T11:00:00Z'),
  selectionDeadline: at('2026-03-15T11:00:00Z'),
  bidDeadline: at('2026-05-01T10:00:00Z'),
  standstillEnd: at('2026-06-21T22:00:00Z'),
};
const clock = (now: string): TenderClock => ({ now: at(now), deadlines: DEADLINES });
const LATE = clock('2026-12-31T00:00:00Z');

const ACTIONS: TenderAction[] = [
  { type: 'PUBLISH' },
  { type: 'CLOSE_SELECTION_REQUESTS' },
  { type: 'PUBLISH_SHORTLIST' },
  { type: 'OPEN_BIDS' },
  { type: 'COMPLETE_EVALUATION' },
  { type: 'DECIDE_AWARD' },
  { type: 'NOTIFY_AWARD' },
  { type: 'CONTRACT', pendingObjections: 0 },
];

describe('TD-9 tender state machine', () => {
  it('TD-9: walks draft → published → selection → award phase → opened → evaluated → award decided → standstill → contracted', () => {
    let state: TenderState = 'DRAFT';
    const visited: TenderState[] = [state];
    for (const action of ACTIONS) {
      const result = transitionTender(state, action, LATE);
      if (!result.ok) throw new Error(result.code);
      expect(result.changed).toBe(true);
      state = result.state;
      visited.push(state);
    }
    expect(visited).toEqual(TENDER_STATES.filter((s) => s !== 'CANCELLED'));
  });

  it('TD-9: an action outside its state is refused with TENDER_WRONG_STATE', () => {
    expect(transitionTender('DRAFT', { type: 'OPEN_BIDS' }, LATE)).toMatchObject({ ok: false, code: 'TENDER_WRONG_STATE' });
    expect(transitionTender('PUBLISHED', { type: 'PUBLISH' }, LATE)).toMatchObject({ ok: false, code: 'TENDER_WRONG_STATE' });
  });

  it('TD-6: bids are opened only at or after the bid deadline', () => {
    expect(transitionTender('AWARD_PHASE', { type: 'OPEN_BIDS' }, clock('2026-05-01T09:59:59.999Z'))).toMatchObject({ ok: false, code: 'TENDER_TOO_EARLY' });
    expect(transitionTender('AWARD_PHASE', { type: 'OPEN_BIDS' }, clock('2026-05-01T10:00:00Z'))).toEqual({ ok: true, state: 'OPENED', changed: true });
    expect(transitionTender('AWARD_PHASE', { type: 'OPEN_BIDS' }, { now: LATE.now, deadlines: {} })).toMatchObject({ ok: false, code: 'TENDER_DEADLINE_UNKNOWN' });
  });

  it('TD-8: no contract before the standstill has ended or while objections are undecided', () => {
    expect(transitionTender('STANDSTILL', { type: 'CONTRACT', pendingObjections: 0 }, clock('2026-06-21T21:59:59Z'))).toMatchObject({ code: 'TENDER_TOO_EARLY' });
    expect(transitionTender('STANDSTILL', { type: 'CONTRACT', pendingObjections: 1 }, LATE)).toMatchObject({ code: 'TENDER_OBJECTIONS_PENDING' });
  });

  it('TD-9: a timer transition is idempotent: repeated or late it changes nothing', () => {
    const close = { type: 'CLOSE_SELECTION_REQUESTS' } as const;
    expect(transitionTender('PUBLISHED', close, clock('2026-03-15T11:00:00Z'))).toEqual({ ok: true, state: 'SELECTION', changed: true });
    for (const state of ['SELECTION', 'OPENED', 'CONTRACTED', 'CANCELLED'] as const) {
      expect(transitionTender(state, close, LATE)).toEqual({ ok: true, state, changed: false });
    }
    expect(transitionTender('DRAFT', close, LATE)).toMatchObject({ ok: false, code: 'TENDER_WRONG_STATE' });
    expect(transitionTender('PUBLISHED', close, clock('2026-03-15T10:59:59Z'))).toMatchObject({ ok: false, code: 'TENDER_TOO_EARLY' });
  });

  it('TD-9: a tender can be cancelled with a reason from any state before contracting, never without one', () => {
    for (const state of TENDER_STATES) {
      const result = transitionTender(state, { type: 'CANCEL', reason: 'Budget withdrawn' }, LATE);
      expect(result.ok).toBe(state !== 'CONTRACTED' && state !== 'CANCELLED');
    }
    expect(transitionTender('PUBLISHED', { type: 'CANCEL', reason: '  ' }, LATE)).toMatchObject({ code: 'TENDER_CANCEL_REASON_REQUIRED' });
  });

  it('TD-9: property: any sequence of actions stays in the table, and contracted or cancelled tenders never move', () => {
    const actionArb = fc.constantFrom<TenderAction>(...ACTIONS, { type: 'CANCEL', reason: 'r' }, { type: 'CONTRACT', pendingObjections: 2 });
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 30 }), fc.date({ min: at('2026-01-01T00:00:00Z'), max: at('2026-12-31T00:00:00Z'), noInvalidDate: true }), (actions, now) => {
        let state: TenderState = 'DRAFT';
        for (const action of actions) {
          const result = transitionTender(state, action, { now, deadlines: DEADLINES });
          if (!result.ok) continue;
          const transition = TENDER_TRANSITIONS[action.type];
          if (result.changed) expect(transition.from).toContain(state);
          if (state === 'CONTRACTED' || state === 'CANCELLED') expect(result).toEqual({ ok: true, state, changed: false });
          state = result.state;
        }
      }),
    );
  });
});

describe('TD-9 write guards', () => {
  it('TD-9: a late bid is refused even when the closing timer was missed and the state still says award phase', () => {
    expect(guardTenderWrite('AWARD_PHASE', 'SUBMIT_BID', clock('2026-05-01T09:59:59.999Z'))).toEqual({ ok: true });
    expect(guardTenderWrite('AWARD_PHASE', 'SUBMIT_BID', clock('2026-05-01T10:00:00Z'))).toMatchObject({ ok: false, code: 'TENDER_DEADLINE_PASSED' });
    expect(guardTenderWrite('AWARD_PHASE', 'WITHDRAW_BID', clock('2026-05-02T00:00:00Z'))).toMatchObject({ ok: false, code: 'TENDER_DEADLINE_PASSED' });
  });

  it('TD-7: weights and other terms are fixed at publication', () => {
    expect(guardTenderWrite('DRAFT', 'EDIT_TERMS', LATE)).toEqual({ ok: true });
    expect(guardTenderWrite('PUBLISHED', 'EDIT_TERMS', LATE)).toMatchObject({ ok: false, code: 'TENDER_WRONG_STATE' });
  });

  it('TD-4/TD-8: questions close at their deadline; objections only during the standstill', () => {
    expect(guardTenderWrite('SELECTION', 'ASK_QUESTION', clock('2026-02-28T00:00:00Z'))).toEqual({ ok: true });
    expect(guardTenderWrite('SELECTION', 'ASK_QUESTION', clock('2026-03-01T11:00:00Z'))).toMatchObject({ code: 'TENDER_DEADLINE_PASSED' });
    expect(guardTenderWrite('STANDSTILL', 'FILE_OBJECTION', clock('2026-06-10T00:00:00Z'))).toEqual({ ok: true });
    expect(guardTenderWrite('CONTRACTED', 'FILE_OBJECTION', clock('2026-06-10T00:00:00Z'))).toMatchObject({ code: 'TENDER_WRONG_STATE' });
    expect(guardTenderWrite('STANDSTILL', 'FILE_OBJECTION', { now: LATE.now, deadlines: {} })).toMatchObject({ code: 'TENDER_DEADLINE_UNKNOWN' });
  });
});
