import { checkEndOfService, endReasonsFor, endReportDueDate, EndOfService, isSuccessfulEnd } from './end-reasons.js';

const codes = (end: EndOfService) => checkEndOfService(end).map((v) => v.code);

describe('end of a service (IC-8)', () => {
  it('IC-8: Werkfit and Naar werk have their own end reasons', () => {
    expect(endReasonsFor('WERKFIT')).toEqual(['RESULT_ACHIEVED', 'MAX_DURATION', 'EARLY_RETURN', 'RETURNED_AFTER_EVALUATION']);
    expect(endReasonsFor('NAAR_WERK')).toEqual(['PLACEMENT', 'MAX_DURATION', 'EARLY_RETURN']);
    expect(endReasonsFor('IRO')).toEqual([]);
  });

  it('IC-8: a reason of the other service is refused', () => {
    expect(codes({ service: 'NAAR_WERK', reason: 'RESULT_ACHIEVED' })).toEqual(['END_REASON_NOT_ALLOWED']);
    expect(codes({ service: 'NAAR_WERK', reason: 'RETURNED_AFTER_EVALUATION' })).toEqual(['END_REASON_NOT_ALLOWED']);
    expect(codes({ service: 'WERKFIT', reason: 'PLACEMENT' })).toEqual(['END_REASON_NOT_ALLOWED']);
    expect(codes({ service: 'WERKFIT', reason: 'RETURNED_AFTER_EVALUATION' })).toEqual([]);
  });

  it('IC-8: an early return needs a coded reason, and only an early return has one', () => {
    expect(codes({ service: 'WERKFIT', reason: 'EARLY_RETURN' })).toEqual(['EARLY_RETURN_REASON_REQUIRED']);
    expect(codes({ service: 'WERKFIT', reason: 'EARLY_RETURN', earlyReturnReason: 'BORED' })).toEqual(['EARLY_RETURN_REASON_REQUIRED']);
    expect(codes({ service: 'NAAR_WERK', reason: 'EARLY_RETURN', earlyReturnReason: 'MOVING' })).toEqual([]);
    expect(codes({ service: 'NAAR_WERK', reason: 'PLACEMENT', earlyReturnReason: 'MOVING' })).toEqual(['EARLY_RETURN_REASON_NOT_ALLOWED']);
  });

  it('IC-8: "other" needs a text that is not blank', () => {
    const other = { service: 'WERKFIT', reason: 'EARLY_RETURN', earlyReturnReason: 'OTHER' };
    expect(codes(other)).toEqual(['EARLY_RETURN_TEXT_REQUIRED']);
    expect(codes({ ...other, earlyReturnText: ' ' })).toEqual(['EARLY_RETURN_TEXT_REQUIRED']);
    expect(codes({ ...other, earlyReturnText: 'Detention' })).toEqual([]);
  });

  it('IC-8: only the result and the placement are successful ends', () => {
    expect(isSuccessfulEnd('RESULT_ACHIEVED')).toBe(true);
    expect(isSuccessfulEnd('PLACEMENT')).toBe(true);
    expect(isSuccessfulEnd('MAX_DURATION')).toBe(false);
    expect(isSuccessfulEnd('EARLY_RETURN')).toBe(false);
    expect(isSuccessfulEnd('RETURNED_AFTER_EVALUATION')).toBe(false);
  });

  it('IC-8: the end report is due 14 calendar days after the end, across month, year and DST changes', () => {
    expect(endReportDueDate('2024-03-20')).toBe('2024-04-03');
    expect(endReportDueDate('2024-12-25')).toBe('2025-01-08');
    expect(endReportDueDate('2024-02-15')).toBe('2024-02-29');
    expect(() => endReportDueDate('2024-02-30')).toThrow(RangeError);
  });
});
