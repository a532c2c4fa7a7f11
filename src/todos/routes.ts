import { z } from 'zod';
import { countTodos } from './count-todos.js';
import { todoPolicies as P } from './policy.js';
import { defineRoutes } from '../platform/http/route.js';

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

export const todoRoutes = defineRoutes(['todos'], ({ route, db }) => {
  route.get('/api/todos', {
    policy: P.list,
    operationId: 'listTodoCounts',
    summary: 'The caller’s to-do counts for the home page, scoped by role, department and enterprise',
    response: todoCounts,
  }, async (req) => countTodos(db, req.ctx));
});
