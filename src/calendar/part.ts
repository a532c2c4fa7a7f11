/** B2 — the working-day calendar (holidays and adjusted working days, admin overrides). */
import { definePart } from '../platform/parts/part.js';
import { calendarRoutes } from './routes.js';
import { calendarMessages } from './messages.js';

export const calendarPart = definePart({ name: 'calendar', routes: calendarRoutes, messages: calendarMessages });
