/**
 * The public face of calendar: what other parts may use (they may also read its tables in schema.ts). The boundary
 * lint (eslint.config.js) refuses any other import of this part's files from another part.
 */
export { loadCalendar } from './calendar.js';
export { addWorkingDays, chinaDayOf, endOfChinaDay, isWorkingDay, shiftDay, workingDaysBetween } from './working-days.js';
export type { WorkingCalendar } from './working-days.js';
