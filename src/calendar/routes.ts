import { z } from 'zod';
import { listCalendarEntries } from './calendar.js';
import { setCalendarDay } from './set-calendar-day.js';
import { removeCalendarDay } from './remove-calendar-day.js';
import { getDeadline } from './get-deadline.js';
import { isDay } from '../platform/time/days.js';
import { calendarPolicies as P } from './policy.js';
import * as R from './responses.js';
import { defineRoutes } from '../platform/http/route.js';
import { operationRoutes } from '../platform/http/operation-route.js';

const dayString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
  .refine(isDay, 'YYYY-MM-DD');

export const calendarRoutes = defineRoutes(['calendar'], ({ route, db }) => {
  const op = operationRoutes(route, db);
  route.get('/api/calendar/days', {
    policy: P.listDays,
    operationId: 'listCalendarDays',
    summary:
      'Holidays and adjusted working days (调休) in force: shipped official data overlaid with the administrator’s corrections',
    querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
    response: R.listCalendarDays,
  }, async (req) => ({ items: await listCalendarEntries(db, req.ctx, req.query.year) }));

  op.post('/api/calendar/days', {
    policy: P.setDay,
    operationId: 'setCalendarDay',
    summary: 'Add or correct a holiday or adjusted working day (admin; audited)',
    body: z.object({
      day: dayString,
      kind: z.enum(['holiday', 'workday']),
      name: z.string().trim().min(1).max(50),
    }),
    response: R.setCalendarDay,
  }, setCalendarDay);

  op.delete('/api/calendar/days/:day', {
    policy: P.removeDay,
    operationId: 'removeCalendarDay',
    summary: 'Remove an entry: the day follows the weekday rule again (admin; audited)',
    params: z.object({ day: dayString }),
    response: R.removeCalendarDay,
  }, removeCalendarDay);

  op.get('/api/calendar/deadline', {
    policy: P.deadline,
    operationId: 'getDeadline',
    summary: 'The deadline n working days after a day (today by default): the day and its last moment',
    querystring: z.object({
      from: dayString.optional(),
      workingDays: z.coerce.number().int().min(0).max(365),
    }),
    response: R.getDeadline,
  }, getDeadline);
});
