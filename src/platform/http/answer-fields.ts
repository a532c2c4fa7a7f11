/** Pieces of answer schemas that several parts share (next to `paged()` and the others in responses.ts). */
import { z } from 'zod';
import { paged } from './responses.js';

/** A whole list in one answer, not paged: its items. */
export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/** Figures that are plain counts: one number a name, in the order given. */
export const countFields = <const K extends string>(names: readonly K[]) =>
  Object.fromEntries(names.map((name) => [name, z.number()])) as Record<K, z.ZodNumber>;

/** A worker's lease on a row it is processing (a job, an outbox message): who holds it and until when. */
export const leaseFields = {
  lockedBy: z.string().nullable(),
  lockedUntil: z.date().nullable(),
};

/** A page of a list (`paged()`), led by counts over the whole list (per status, destination …). */
export const countedPage = <C extends z.ZodType, T extends z.ZodType>(count: C, item: T) =>
  z.object({ counts: z.array(count), ...paged(item).shape });
