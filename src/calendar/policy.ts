/** The calendar is read by every signed-in user and corrected by the administrator. */
import { routePolicy, SIGNED_IN } from '../platform/policy/route-policy.js';

export const calendarPolicies = {
  listDays: SIGNED_IN('calendar.list-days'),
  setDay: routePolicy('calendar.set-day', { roles: ['admin'] }),
  removeDay: routePolicy('calendar.remove-day', { roles: ['admin'] }),
  deadline: SIGNED_IN('calendar.deadline'),
};
