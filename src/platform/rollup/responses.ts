import { z } from 'zod';

/** When the aggregates behind figures were last brought up to date (the rollup's last fold), China time. */
export const AS_OF = z.iso
  .datetime({ offset: true })
  .nullable()
  .describe('The figures count every write committed before this moment (the last fold of the rollup, China time, e.g. 2026-11-20T10:00:05+08:00); null before the first fold');
