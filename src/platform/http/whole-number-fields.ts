import { z } from 'zod';

/** Figures that are whole-number counts: one integer a name, in the order given (to spread into an answer's object). */
export const wholeNumberFields = <const K extends string>(names: readonly K[]) =>
  Object.fromEntries(names.map((name) => [name, z.number().int()])) as Record<K, z.ZodNumber>;
