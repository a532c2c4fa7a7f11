/**
 * E5 figures — open problems by age, counted from the visit that found them, in whole days. Buckets (days):
 * 0–30, 31–90, 91–180, over 180.
 */
export const OPEN_AGE_BUCKETS = [
  { key: 'd0-30', maxDays: 30 },
  { key: 'd31-90', maxDays: 90 },
  { key: 'd91-180', maxDays: 180 },
  { key: 'd181+', maxDays: Infinity },
] as const;

export type OpenAgeBucket = (typeof OPEN_AGE_BUCKETS)[number]['key'];

export function openAgeBucket(foundAt: Date, now: Date): OpenAgeBucket {
  const days = Math.max(0, Math.floor((now.getTime() - foundAt.getTime()) / 86_400_000));
  return OPEN_AGE_BUCKETS.find((b) => days <= b.maxDays)!.key;
}
