import { pgTable, text, uuid, boolean, timestamp, index, uniqueIndex, primaryKey } from 'drizzle-orm/pg-core';

/**
 * A1 — 检查事项: a department's inspection item, from its responsibility list (权责清单), with its legal basis.
 * Only published items may be inspected (an enterprise may refuse an unpublished one).
 */
export const inspectionItems = pgTable(
  'inspection_item',
  {
    id: uuid('id').primaryKey(),
    departmentId: uuid('department_id').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    legalBasis: text('legal_basis').notNull(),
    /** Industries the item applies to (empty = any). */
    industries: text('industries').array().notNull().default([]),
    published: boolean('published').notNull().default(false),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('inspection_item_dept_code_key').on(t.departmentId, t.code), index('inspection_item_published_idx').on(t.published)],
);

/** 联查场景 — a joint scenario groups items of several departments for one kind of enterprise. */
export const jointScenarios = pgTable('joint_scenario', {
  id: uuid('id').primaryKey(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  industry: text('industry').notNull(),
  description: text('description'),
  published: boolean('published').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const jointScenarioItems = pgTable(
  'joint_scenario_item',
  {
    scenarioId: uuid('scenario_id').notNull(),
    itemId: uuid('item_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.scenarioId, t.itemId] }), index('joint_scenario_item_item_idx').on(t.itemId)],
);
