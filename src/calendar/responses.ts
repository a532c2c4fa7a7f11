/** The 2xx answers of the calendar routes, as zod schemas (serialised and checked by the server, published in the OpenAPI document). */
import { z } from 'zod';
import { noContent } from '../platform/http/responses.js';
import { listOf } from '../platform/http/answer-fields.js';

/** A holiday or adjusted working day in force. */
const calendarEntry = z
  .object({
    day: z.string(),
    kind: z.enum(['holiday', 'workday']),
    name: z.string(),
    source: z.enum(['admin', 'official']),
    provisional: z.boolean(),
    weekday: z.number(),
  })
  .meta({ id: 'CalendarEntry' });

export const listCalendarDays = { 200: listOf(calendarEntry) };
export const setCalendarDay = { 201: calendarEntry };

export const removeCalendarDay = { 204: noContent };

export const getDeadline = {
  200: z.object({ from: z.string(), workingDays: z.number(), due: z.string(), dueAt: z.string() }),
};
