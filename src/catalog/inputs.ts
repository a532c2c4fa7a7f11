/** Input schemas of the catalog, shared by the routes and the imports. */
import { z } from 'zod';
import { INDUSTRY_CODES } from '../enterprises/index.js';

/** Item and scenario codes: letters, digits and . _ - / (e.g. SCJG-001, 340200-SCJG-0001). */
export const catalogCode = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, { message: 'letters, digits and . _ - / only' });

export const itemFields = z.object({
  code: catalogCode,
  name: z.string().trim().min(1).max(200),
  /** 检查依据: the law and article the item rests on. */
  legalBasis: z.string().trim().min(1).max(2000),
  /** Industries the item applies to; empty = any. */
  industries: z
    .array(z.enum(INDUSTRY_CODES))
    .max(INDUSTRY_CODES.length)
    .transform((a) => [...new Set(a)]),
});

export const createItemInput = itemFields.extend({
  /** Defaults to the department of a dept_admin; an admin must name it. */
  departmentId: z.uuid().optional(),
  industries: itemFields.shape.industries.default([]),
  published: z.boolean().default(false),
});
export type CreateItemInput = z.infer<typeof createItemInput>;

export const updateItemInput = itemFields.partial();
export type UpdateItemInput = z.infer<typeof updateItemInput>;

export const scenarioFields = z.object({
  code: catalogCode,
  name: z.string().trim().min(1).max(200),
  industry: z.enum(INDUSTRY_CODES),
  description: z.string().trim().max(2000).nullable().optional(),
  published: z.boolean().default(true),
  itemIds: z
    .array(z.uuid())
    .min(2)
    .max(500)
    .transform((a) => [...new Set(a)]),
});
export type ScenarioInput = z.infer<typeof scenarioFields>;

export const updateScenarioInput = scenarioFields.extend({ published: z.boolean().optional() }).partial();
export type UpdateScenarioInput = z.infer<typeof updateScenarioInput>;
