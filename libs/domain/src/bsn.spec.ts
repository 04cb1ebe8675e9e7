import fc from 'fast-check';
import { isValidBsn } from './bsn.js';

describe('BSN elfproef (IC-1)', () => {
  it('IC-1: accepts numbers that pass the elfproef and refuses the rest', () => {
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456782')).toBe(true);
    expect(isValidBsn('123456789')).toBe(false);
    expect(isValidBsn('12345678')).toBe(false);
    expect(isValidBsn('1234567820')).toBe(false);
    expect(isValidBsn('12345678a')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
  });

  it('IC-1: one changed digit always fails the elfproef', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (position, delta) => {
      const digits = [...'111222333'].map(Number);
      digits[position] = (digits[position]! + delta) % 10;
      expect(isValidBsn(digits.join(''))).toBe(false);
    }));
  });
});
