/**
 * The public face of credit: what other parts may use (they may also read its tables in schema.ts). The boundary
 * lint (eslint.config.js) refuses any other import of this part's files from another part.
 */
export { DEV_SIGNING_SECRET } from './config.js';
export { PlatformError, callPlatform } from './connectors/http.js';
export { listPenalties } from './list-penalties.js';
export { loadPenalty } from './load-penalty.js';
export { insertPenalties, subjectByUscc } from './record-penalty.js';
export { rulesForDepartments } from './rule-sets.js';
export { addMonthsToDay } from './rules/days.js';
export { creditTodos } from './todo-counts.js';
