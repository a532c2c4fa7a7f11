import type { JobDefinitionInput } from '../platform/jobs/define-job.js';
import { foldSignalFigures } from '../supervision/index.js';
import { foldVisitFigures } from './fold-visit-figures.js';

/** How often the dashboards' figures catch up with the writes (six-field cron: every 5 seconds). */
export const FIGURES_ROLLUP_SCHEDULE = '*/5 * * * * *';

/**
 * H2 — folds the figure changes committed since the last run into the dashboards' aggregates: the visits' (this
 * part's `foldVisitFigures`) and the signals' (supervision's `foldSignalFigures`, which owns those figures). Each
 * fold deletes what it adds in one transaction, so a run that fails or overlaps another counts nothing twice. The
 * aggregates it writes are derived data (the audit log holds the writes they count), so runs are not audited.
 */
export const figuresRollupJob: JobDefinitionInput = {
  name: 'figures-rollup',
  schedule: FIGURES_ROLLUP_SCHEDULE,
  retryBaseMs: 1_000,
  leaseMs: 60_000,
  handler: async ({ deps, now }) => {
    const visits = await foldVisitFigures(deps.database.db, now);
    const signals = await foldSignalFigures(deps.database.db, now);
    return { visits: visits.changes, signals: signals.changes };
  },
};
