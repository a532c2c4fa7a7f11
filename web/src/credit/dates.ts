/** Today's calendar day in China (UTC+8, no daylight saving), as the API counts publicity days. */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Whole calendar days from `today` to `day` (negative when it has passed). */
export function daysUntil(day: string, today: string = chinaToday()): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** The calendar day after `day` (a record stops showing the day after its last day). */
export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
