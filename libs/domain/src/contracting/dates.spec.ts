import { addMonths, isoWeekday } from './dates.js';
import { toEpochDay, fromEpochDay } from '../calendar/dutch-calendar.js';

describe('plain date arithmetic for contract rules', () => {
  it('adds months keeping the day, clamped to the last day of a shorter month', () => {
    expect(addMonths('2024-01-15', 3)).toBe('2024-04-15');
    expect(addMonths('2024-11-30', 3)).toBe('2025-02-28');
    expect(addMonths('2023-11-30', 3)).toBe('2024-02-29');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-12-31', 2)).toBe('2025-02-28');
  });

  it('counts days on UTC midnights and round-trips', () => {
    expect(toEpochDay('1970-01-02')).toBe(1);
    expect(toEpochDay('2024-03-31') - toEpochDay('2024-03-30')).toBe(1);
    expect(fromEpochDay(toEpochDay('2024-10-27'))).toBe('2024-10-27');
  });

  it('refuses dates that do not exist', () => {
    for (const bad of ['2024-02-30', '2023-02-29', '2024-13-01', '2024-1-01', 'tomorrow']) expect(() => toEpochDay(bad)).toThrow(RangeError);
    expect(() => addMonths('2024-04-31', 1)).toThrow(RangeError);
  });

  it('numbers weekdays from Monday 1 to Sunday 7', () => {
    expect(isoWeekday('2024-01-01')).toBe(1);
    expect(isoWeekday('2024-01-07')).toBe(7);
  });
});
