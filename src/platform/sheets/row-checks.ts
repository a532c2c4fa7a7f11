/** What every import's row check asks alike: which earlier row had the same key, and which fields failed the schema. */
import type { z } from 'zod';

/** The first row of each key of a sheet, so that a later row with the same key is reported with it. */
export class FirstRows {
  private readonly rows = new Map<string, number>();

  /** The row `key` was first seen on, when an earlier row had it; otherwise undefined, and `row` becomes its first. */
  earlier(key: string, row: number): number | undefined {
    const first = this.rows.get(key);
    if (first === undefined) this.rows.set(key, row);
    return first;
  }
}

/**
 * A schema failure's issues as a row reports them: each field's first issue only, and none for a field in
 * `reported` (the row's errors so far already name it).
 */
export function newFieldIssues<F extends string>(
  issues: readonly z.core.$ZodIssue[],
  reported: Iterable<string | undefined>,
): { field: F; issue: z.core.$ZodIssue }[] {
  const seen = new Set<string | undefined>(reported);
  const out: { field: F; issue: z.core.$ZodIssue }[] = [];
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    if (seen.has(field)) continue;
    seen.add(field);
    out.push({ field: field as F, issue });
  }
  return out;
}
