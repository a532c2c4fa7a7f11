/** Every part's routes, in one list: adding a part means adding its line here. */
import type { RegisterRoutes } from './platform/http/types.js';
import { healthRoutes } from './platform/health.js';
import { authRoutes } from './platform/auth/routes.js';
import { organisationRoutes } from './organisation/routes.js';
import { enterpriseRoutes } from './enterprises/routes.js';
import { catalogRoutes } from './catalog/routes.js';
import { inspectionRoutes } from './inspections/routes.js';
import { codeRoutes } from './codes/routes.js';
import { supervisionRoutes } from './supervision/routes.js';
import { hotlineRoutes } from './hotline/routes.js';
import { calendarRoutes } from './calendar/routes.js';
import { notificationRoutes } from './notifications/routes.js';
import { auditRoutes } from './platform/audit/routes.js';
import { jobRoutes } from './platform/jobs/routes.js';
import { outboxRoutes } from './platform/outbox/routes.js';
import { creditRoutes } from './credit/routes.js';

export const allRoutes: RegisterRoutes[] = [
  healthRoutes,
  authRoutes,
  organisationRoutes,
  enterpriseRoutes,
  catalogRoutes,
  inspectionRoutes,
  codeRoutes,
  supervisionRoutes,
  hotlineRoutes,
  calendarRoutes,
  notificationRoutes,
  auditRoutes,
  jobRoutes,
  outboxRoutes,
  creditRoutes,
];
