import { z } from 'zod';
import type { RegisterRoutes } from '../platform/http/types.js';
import { listCalendarEntries } from './calendar.js';
import { setCalendarDay } from './set-calendar-day.js';
import { removeCalendarDay } from './remove-calendar-day.js';
import { getDeadline } from './get-deadline.js';
import { isValidDay } from './working-days.js';
import { calendarPolicies as P } from './policy.js';
import * as R from './responses.js';

const dayString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
  .refine(isValidDay, 'YYYY-MM-DD');

export const calendarRoutes: RegisterRoutes = (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/api/calendar/days',
    { config: { policy: P.listDays },
      schema: { operationId: 'listCalendarDays', response: R.listCalendarDays,
        tags: ['calendar'],
        summary:
          'Holidays and adjusted working days (调休) in force: shipped official data overlaid with the administrator’s corrections',
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
      },
    },
    async (req) => ({ items: await listCalendarEntries(db, req.ctx, req.query.year) }),
  );

  app.post(
    '/api/calendar/days',
    { config: { policy: P.setDay },
      schema: { operationId: 'setCalendarDay', response: R.setCalendarDay,
        tags: ['calendar'],
        summary: 'Add or correct a holiday or adjusted working day (admin; audited)',
        body: z.object({
          day: dayString,
          kind: z.enum(['holiday', 'workday']),
          name: z.string().trim().min(1).max(50),
        }),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await setCalendarDay(db, req.ctx, req.body)),
  );

  app.delete(
    '/api/calendar/days/:day',
    { config: { policy: P.removeDay },
      schema: { operationId: 'removeCalendarDay', response: R.removeCalendarDay,
        tags: ['calendar'],
        summary: 'Remove an entry: the day follows the weekday rule again (admin; audited)',
        params: z.object({ day: dayString }),
      },
    },
    async (req, reply) => {
      await removeCalendarDay(db, req.ctx, req.params.day);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/calendar/deadline',
    { config: { policy: P.deadline },
      schema: { operationId: 'getDeadline', response: R.getDeadline,
        tags: ['calendar'],
        summary: 'The deadline n working days after a day (today by default): the day and its last moment',
        querystring: z.object({
          from: dayString.optional(),
          workingDays: z.coerce.number().int().min(0).max(365),
        }),
      },
    },
    async (req) => getDeadline(db, req.ctx, req.query),
  );
};
