/** Answers shared by many routes, for their `response` schemas. */
import { z } from 'zod';

/** 204: the answer has no body. */
export const noContent = z.undefined().describe('No content');

/** A file (spreadsheet, image …): documented by its media types, sent as is (never serialised). */
export const binary = (mediaTypes: string[], description = 'The file') => ({
  description,
  content: Object.fromEntries(
    mediaTypes.map((m) => [m, { schema: z.any().meta({ type: 'string', format: 'binary' }) }]),
  ),
});

/** A page of a list (`paginate()`, `pagingFields()`): its items, how many match in all, and the page asked for. */
export const paged = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number(), page: z.number(), pageSize: z.number() });

/**
 * A spreadsheet import's report: rows imported, updated and unchanged, then each refused row with its error code,
 * its message in the caller's language and, where one cell is at fault, its column (`columns`: the import's own
 * column names). `extra` adds the import's own counts before the errors.
 */
export const importReport = <C extends z.ZodType, E extends z.ZodRawShape = Record<never, never>>(
  column: C,
  extra?: E,
) =>
  z.object({
    imported: z.number(),
    updated: z.number(),
    unchanged: z.number(),
    ...(extra ?? ({} as E)),
    errors: z.array(
      z.object({ row: z.number(), code: z.string(), message: z.string(), column: column.optional() }),
    ),
  });
