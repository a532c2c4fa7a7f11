/**
 * The public face of inspections: what other parts may use (they may also read its tables in schema.ts). The boundary
 * lint (eslint.config.js) refuses any other import of this part's files from another part.
 */
export { readDayFigures, scopeRows } from './day-figures.js';
export type { DayFigureRow } from './day-figures.js';
export { readDepartmentEnterprises, readHeat, readTopEnterprises } from './enterprise-figures.js';
export type { HeatBuckets } from './enterprise-figures.js';
export { getInspection } from './get-inspection.js';
export { foldVisitFigures, VISIT_FIGURES_ROLLUP } from './fold-visit-figures.js';
export { allOf, instantBounds, periodOfDay, periodOfInstant, rangedSources } from './ranged-figures.js';
export type { Instants } from './rules/figure-range.js';
export { drawRandom, seededRandom } from './rules/random-draw.js';
export { visitRange } from './rules/visit.js';
export { scanCode } from './scan-code.js';
export type { ScanResult } from './scan-code.js';
export { inspectionTodos } from './todo-counts.js';
