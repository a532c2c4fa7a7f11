import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';

/**
 * One to-do count on a home page (待办): what (`key`, labelled by the web's dictionary `todo.{key}`), how many,
 * where to act (a web path, or null when the count has no page of its own), and whether it is past a deadline.
 */
export interface Todo {
  key: string;
  count: number;
  link: string | null;
  overdue?: boolean;
}

/** A part's to-do counts for the caller (scoped by its own policy: role, department, enterprise); [] if none apply. */
export type TodoCounter = (db: Db, ctx: Ctx) => Promise<Todo[]>;
