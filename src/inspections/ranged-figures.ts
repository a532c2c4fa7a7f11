import { sql, type SQL } from 'drizzle-orm';
import { splitRange, type Instants } from './rules/figure-range.js';

/**
 * The rows behind a ranged figure: the whole China days of [from, to) from a day-aggregate table, the partial
 * days at the edges live from the base table, as one UNION ALL (null when the range is empty).
 */
export function rangedSources(
  range: Instants,
  fromDays: (bounds: SQL[]) => SQL,
  fromRows: (bounds: SQL[]) => SQL,
  cols: { day: SQL; instant: SQL },
): SQL | null {
  const split = splitRange(range);
  const parts: SQL[] = [];
  if (split.days) {
    const b: SQL[] = [];
    if (split.days.from) b.push(sql`${cols.day} >= ${split.days.from}::date`);
    if (split.days.to) b.push(sql`${cols.day} < ${split.days.to}::date`);
    parts.push(fromDays(b));
  }
  for (const edge of split.live) parts.push(fromRows(instantBounds(cols.instant, edge)));
  return parts.length ? sql.join(parts, sql` UNION ALL `) : null;
}

/** `cond AND cond …` (true when none). */
export const allOf = (conds: SQL[]): SQL =>
  conds.length
    ? sql.join(
        conds.map((c) => sql`(${c})`),
        sql` AND `,
      )
    : sql`true`;

/** The week or month start (YYYY-MM-DD) of a China date expression, or NULL when no period is asked. */
export const periodOfDay = (day: SQL, granularity?: 'week' | 'month'): SQL =>
  granularity
    ? sql`to_char(date_trunc(${sql.raw(`'${granularity}'`)}, (${day})::timestamp), 'YYYY-MM-DD')`
    : sql`NULL::text`;

/** `col >= from`, `col < to` for the ends a range has. */
export const instantBounds = (col: SQL, range: Instants): SQL[] => [
  ...(range.from ? [sql`${col} >= ${range.from}`] : []),
  ...(range.to ? [sql`${col} < ${range.to}`] : []),
];

/** The week or month start (YYYY-MM-DD) of the China day of a timestamp expression. */
export const periodOfInstant = (col: SQL, granularity: 'week' | 'month'): SQL =>
  periodOfDay(sql`qq_china_day(${col})`, granularity);
