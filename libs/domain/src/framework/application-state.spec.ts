import { APPLICATION_ACTIONS, APPLICATION_STATES, ApplicationState, transitionApplication } from './application-state.js';

describe('enrolment application states (FW-3)', () => {
  it('FW-3: follows DRAFT → SUBMITTED → IN_REVIEW → (INFO_REQUESTED → SUBMITTED)* → ADMITTED', () => {
    let state: ApplicationState = 'DRAFT';
    for (const action of ['SUBMIT', 'START_REVIEW', 'REQUEST_INFO', 'SUBMIT', 'START_REVIEW', 'ADMIT'] as const) {
      const result = transitionApplication(state, action);
      if (!result.ok) throw new Error(`${action} refused in ${state}`);
      state = result.to;
    }
    expect(state).toBe('ADMITTED');
  });

  it('FW-3: a decision is only taken on an application under review', () => {
    for (const state of APPLICATION_STATES.filter((s) => s !== 'IN_REVIEW')) {
      expect(transitionApplication(state, 'ADMIT').ok).toBe(false);
      expect(transitionApplication(state, 'REJECT').ok).toBe(false);
    }
  });

  it('FW-3: decided and withdrawn applications are final', () => {
    for (const state of ['ADMITTED', 'REJECTED', 'WITHDRAWN'] as const) {
      for (const action of APPLICATION_ACTIONS) expect(transitionApplication(state, action).ok).toBe(false);
    }
  });

  it('FW-3: an application can be withdrawn until it is decided', () => {
    for (const state of ['DRAFT', 'SUBMITTED', 'IN_REVIEW', 'INFO_REQUESTED'] as const) {
      expect(transitionApplication(state, 'WITHDRAW')).toEqual({ ok: true, to: 'WITHDRAWN' });
    }
  });
});
