/**
 * The public face of supervision: what other parts may use (they may also read its tables in schema.ts). The boundary
 * lint (eslint.config.js) refuses any other import of this part's files from another part.
 */
export { raiseSignal, type NewSignal } from './raise-signal.js';
export { assignSignalEnterprise } from './assign-signal-enterprise.js';
export { foldSignalFigures, SIGNAL_FIGURES_ROLLUP } from './signal-changes.js';
export { supervisionTodos } from './todo-counts.js';
