import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { inspectionTodos } from '../inspections/index.js';
import { supervisionTodos } from '../supervision/index.js';
import { rectificationTodos } from '../drugs/index.js';
import { creditTodos } from '../credit/index.js';
import { checkupTodos } from '../checkups/index.js';
import { revisitTodos } from '../revisits/index.js';
import { proofFreeTodos } from '../proof-free/index.js';
import { notificationTodos } from '../notifications/index.js';
import type { Todo, TodoCounter } from './todo.js';

/** Every part's counter, in the order a home page lists them. Each part scopes its own counts. */
const COUNTERS: readonly TodoCounter[] = [
  inspectionTodos,
  supervisionTodos,
  rectificationTodos,
  creditTodos,
  checkupTodos,
  revisitTodos,
  proofFreeTodos,
  notificationTodos,
];

/** GET /api/todos — the caller's to-do counts (待办), assembled from the parts' counters. */
export async function countTodos(db: Db, ctx: Ctx): Promise<{ items: Todo[] }> {
  requireUser(ctx.actor);
  const found: Todo[][] = [];
  for (const counter of COUNTERS) found.push(await counter(db, ctx));
  return { items: found.flat() };
}
