import { describe, expect, it } from 'vitest';
import { isWithinDates } from '../../../src/store/sqlite/date-range';

describe('isWithinDates', () => {
  it.each([
    // The Newsweek article's date-time falls on an inclusive `to` day.
    ['2025-06-05T16:00:00Z', null, '2025-06-05', true],
    ['2025-06-05T16:00:00Z', '2025-06-06', null, false],
    // An event known only to the month overlaps a range starting mid-month.
    ['2025-04', '2025-04-15', '2025-05-01', true],
    ['2025-03', '2025-04-15', null, false],
    // Bounds given as date-times compare at that precision.
    ['2025-04-05T11:07:00Z', '2025-04-05T12:00:00Z', null, false],
    // No bound, no filter, even for an undated fact; any bound drops it.
    [null, null, null, true],
    [null, '2025-01-01', null, false],
  ] as const)('%j within [%j, %j] is %j', (date, from, to, expected) => {
    expect(isWithinDates(date, from, to)).toBe(expected);
  });
});
