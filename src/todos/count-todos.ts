import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { inspectionTodos } from '../inspections/todo-counts.js';
import { supervisionTodos } from '../supervision/todo-counts.js';
import { rectificationTodos } from '../drugs/todo-counts.js';
import { creditTodos } from '../credit/todo-counts.js';
import { checkupTodos } from '../checkups/todo-counts.js';
import { revisitTodos } from '../revisits/todo-counts.js';
import { proofFreeTodos } from '../proof-free/todo-counts.js';
import { notificationTodos } from '../notifications/mine.js';
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
