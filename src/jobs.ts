/**
 * Every scheduled job, in one list (importing a module defines its job). Imported by the app so the admin API
 * and the workers know them all.
 */
import './inspections/overdue-results-job.js';
import './inspections/figures-compact-job.js';
import './supervision/deadlines.js';
