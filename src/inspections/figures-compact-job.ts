import type { JobDefinitionInput } from '../platform/jobs/define-job.js';
import { recordAudit } from '../platform/audit/record.js';
import { chinaDay } from '../organisation/index.js';

/** Days younger than this keep their eight slot rows (writers still arrive for them: results, evaluations). */
export const COMPACT_AFTER_DAYS = 2;

/**
 * H2 — folds the dashboard aggregates' slot rows of days before (today − 2) into one row per key
 * (`qq_figures_compact`, migrations/0002): the figures stay the same, the rows a dashboard reads shrink
 * about eightfold. Idempotent; a second run moves nothing.
 */
export const figuresCompactJob: JobDefinitionInput = {
  name: 'figures-compact',
  schedule: '40 3 * * *',
  handler: async ({ deps, ctx, now }) => {
    const before = chinaDay(new Date(now.getTime() - COMPACT_AFTER_DAYS * 86_400_000));
    const [r] = await deps.database.query<{ moved: number }>('SELECT qq_figures_compact($1::date) AS moved', [
      before,
    ]);
    const moved = r?.moved ?? 0;
    if (moved)
      await recordAudit(deps.database.db, ctx, {
        action: 'figures.compact',
        detail: { before, rows: moved },
      });
    return { before, rows: moved };
  },
};
