/** Answers shared by many routes, for their `response` schemas. */
import { z } from 'zod';

/** 204: the answer has no body. */
export const noContent = z.undefined().describe('No content');

/** A file (spreadsheet, image …): documented by its media types, sent as is (never serialised). */
export const binary = (mediaTypes: string[], description = 'The file') => ({
  description,
  content: Object.fromEntries(mediaTypes.map((m) => [m, { schema: z.any().meta({ type: 'string', format: 'binary' }) }])),
});

/** A page of a list (`paginate()`, `pagingFields()`): its items, how many match in all, and the page asked for. */
export const paged = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number(), page: z.number(), pageSize: z.number() });
