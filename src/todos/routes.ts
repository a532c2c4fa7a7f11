import { z } from 'zod';
import type { RegisterRoutes } from '../platform/http/types.js';
import { countTodos } from './count-todos.js';
import { todoPolicies as P } from './policy.js';

export const todoCounts = {
  200: z.object({
    items: z.array(
      z.object({
        key: z.string().describe('What to do, e.g. `results-overdue`; labelled by the web dictionary `todo.{key}`'),
        count: z.number().int(),
        link: z.string().nullable().describe('The web page where it is done'),
        overdue: z.boolean().optional().describe('Past a deadline'),
      }),
    ),
  }),
};

export const todoRoutes: RegisterRoutes = (app, deps) => {
  const { db } = deps.database;
  app.get(
    '/api/todos',
    {
      config: { policy: P.list },
      schema: {
        operationId: 'listTodoCounts',
        response: todoCounts,
        tags: ['todos'],
        summary: 'The caller’s to-do counts for the home page, scoped by role, department and enterprise',
      },
    },
    async (req) => countTodos(db, req.ctx),
  );
};
