/**
 * Whether an ISO date (or date-time, or month) falls within inclusive ISO bounds, each compared at
 * the precision both sides have: "2025-04-05T10:00Z" is within to = "2025-04-05", and the month
 * "2025-04" is within from = "2025-04-15". A missing bound does not filter; a missing date fails
 * any bound. Registered as the SQL function is_within_dates, so every list filters dates alike.
 */
export function isWithinDates(date: string | null, from: string | null, to: string | null): boolean {
  if (from === null && to === null) return true;
  if (date === null) return false;
  const atCommonPrecision = (bound: string) => {
    const length = Math.min(date.length, bound.length);
    return [date.slice(0, length), bound.slice(0, length)] as const;
  };
  if (from !== null) {
    const [value, bound] = atCommonPrecision(from);
    if (value < bound) return false;
  }
  if (to !== null) {
    const [value, bound] = atCommonPrecision(to);
    if (value > bound) return false;
  }
  return true;
}
