import { INKOOPKADER_AG_2016_LOTS } from '../framework/lot-terms.js';
import { checkPlanAgainstCaps, PlanForCaps } from './plan-caps.js';

const caps = (lot: string) => INKOOPKADER_AG_2016_LOTS.find((l) => l.lot === lot)!.caps;
const codes = (plan: PlanForCaps, lot = plan.lot) => checkPlanAgainstCaps(plan, caps(lot)).map((v) => v.code);
const wf = (over: Partial<PlanForCaps> = {}): PlanForCaps => ({ lot: 'WERKFIT', benefitType: 'WGA', hours: 34, durationMonths: 10, ...over });
const nw = (over: Partial<PlanForCaps> = {}): PlanForCaps => ({ lot: 'NAAR_WERK', benefitType: 'WAJONG', hours: 24, durationMonths: 8, ...over });

describe('plan against the lot caps (IC-5, FW-1)', () => {
  it('IC-5: a plan at the normal hours and the maximum duration passes', () => {
    expect(codes(wf({ hours: 40, durationMonths: 18 }))).toEqual([]);
    expect(codes(nw({ hours: 25, durationMonths: 9 }))).toEqual([]);
  });

  it('IC-5: one hour above normal needs a justification; a blank one does not count', () => {
    expect(codes(wf({ hours: 41 }))).toEqual(['HOURS_NEED_JUSTIFICATION']);
    expect(codes(wf({ hours: 41, exceptionJustification: '   ' }))).toEqual(['HOURS_NEED_JUSTIFICATION']);
    expect(codes(nw({ hours: 26 }))).toEqual(['HOURS_NEED_JUSTIFICATION']);
    expect(checkPlanAgainstCaps(wf({ hours: 41 }), caps('WERKFIT'))[0].field).toBe('exceptionJustification');
  });

  it('IC-5: justified hours up to the exception cap pass, one more is refused even with a justification', () => {
    const why = 'Very far from the labour market';
    expect(codes(wf({ hours: 60, exceptionJustification: why }))).toEqual([]);
    expect(codes(wf({ hours: 61, exceptionJustification: why }))).toEqual(['HOURS_ABOVE_EXCEPTION_CAP']);
    expect(codes(nw({ hours: 40, exceptionJustification: why }))).toEqual([]);
    expect(codes(nw({ hours: 41, exceptionJustification: why }))).toEqual(['HOURS_ABOVE_EXCEPTION_CAP']);
  });

  it('IC-5: the duration may not exceed the maximum for the benefit type', () => {
    expect(codes(wf({ benefitType: 'ZW', durationMonths: 6 }))).toEqual([]);
    expect(codes(wf({ benefitType: 'ZW', durationMonths: 7 }))).toEqual(['DURATION_ABOVE_MAXIMUM']);
    expect(codes(wf({ durationMonths: 19 }))).toEqual(['DURATION_ABOVE_MAXIMUM']);
    expect(codes(nw({ durationMonths: 10 }))).toEqual(['DURATION_ABOVE_MAXIMUM']);
  });

  it('IC-5: hours and duration must be whole numbers above zero; several violations are all reported', () => {
    expect(codes(wf({ hours: 0, durationMonths: 2.5 }))).toEqual(['HOURS_INVALID', 'DURATION_INVALID']);
    expect(codes(wf({ hours: 12.5 }))).toEqual(['HOURS_INVALID']);
    expect(codes(nw({ hours: 41, durationMonths: 12 }))).toEqual(['HOURS_ABOVE_EXCEPTION_CAP', 'DURATION_ABOVE_MAXIMUM']);
  });
});
