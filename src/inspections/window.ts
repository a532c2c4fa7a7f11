import { AppError } from '../platform/errors/app-error.js';
import { DAY_MS } from './rules/windows.js';
import type { InspectionRuleSet } from './rules/rule-set.js';
import { backfillAllowed } from './rules/result-deadline.js';

/** How far in the past a (non-emergency) window may start: a code is applied for before entering. */
const START_TOLERANCE_MS = 60 * 60_000;

/** Checks a requested window against `now`; emergency back-fill may lie in the past within its limit. */
export function checkWindow(
  w: { start: Date; end: Date },
  now: Date,
  opts: { backfill: boolean; emergency: boolean; rules: InspectionRuleSet; locale: 'zh-CN' | 'en-US' },
): void {
  const zh = opts.locale === 'zh-CN';
  if (!(w.start < w.end)) throw new AppError(422, 'bad-window', { reason: zh ? '开始时间须早于结束时间' : 'start must be before end' });
  const maxDays = opts.rules.maxWindowDays;
  if (w.end.getTime() - w.start.getTime() > maxDays * DAY_MS) {
    throw new AppError(422, 'bad-window', { reason: zh ? `不得超过 ${maxDays} 天` : `at most ${maxDays} days` });
  }
  if (opts.backfill) {
    if (!opts.emergency || !backfillAllowed(w.start, now, opts.rules.backfillLimitDays)) {
      throw new AppError(422, 'backfill-not-allowed', { days: opts.rules.backfillLimitDays });
    }
    return;
  }
  if (w.start.getTime() < now.getTime() - START_TOLERANCE_MS) {
    throw new AppError(422, 'bad-window', { reason: zh ? '开始时间已过；紧急检查请选择事后补码' : 'the start has passed; use back-fill for an emergency' });
  }
}
