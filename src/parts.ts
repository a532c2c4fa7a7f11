/**
 * The one list of what the application is made of (see `src/platform/parts/part.ts`): the platform's own entry
 * first, then each product part. A new part is one `src/<part>/part.ts` exporting a `Part`, and one line here.
 * `installParts()` hands each part's messages, jobs, outbox deliverers, enterprise-file sections and data classes
 * to the platform once; `partRoutes()` gives the server their routes; the demo seed runs `demoSeeders()` in this
 * order (it matters: the seeders share one seeded random source). Nothing registers itself by being imported —
 * test/api/parts-registry.test.ts finds every registered job, route, deliverer and message here.
 */
import type { DemoSeeder, Part } from './platform/parts/part.js';
import type { RegisterRoutes } from './platform/http/types.js';
import { registerMessages } from './platform/i18n/messages.js';
import { defineJob, getJob } from './platform/jobs/define-job.js';
import { registerDeliverer } from './platform/outbox/deliverers.js';
import { registerFileSection } from './platform/parts/file-sections.js';
import { registerDataClass } from './platform/policy/firewall.js';
import { platformPart } from './platform/part.js';
import { organisationPart } from './organisation/part.js';
import { enterprisesPart } from './enterprises/part.js';
import { catalogPart } from './catalog/part.js';
import { supervisionPart } from './supervision/part.js';
import { inspectionsPart } from './inspections/part.js';
import { codesPart } from './codes/part.js';
import { hotlinePart } from './hotline/part.js';
import { calendarPart } from './calendar/part.js';
import { notificationsPart } from './notifications/part.js';
import { creditPart } from './credit/part.js';
import { checkupsPart } from './checkups/part.js';
import { revisitsPart } from './revisits/part.js';
import { drugsPart } from './drugs/part.js';
import { proofFreePart } from './proof-free/part.js';
import { todosPart } from './todos/part.js';

export const parts: Part[] = [
  platformPart,
  organisationPart,
  enterprisesPart,
  catalogPart,
  supervisionPart,
  inspectionsPart,
  codesPart,
  hotlinePart,
  calendarPart,
  notificationsPart,
  creditPart,
  checkupsPart,
  revisitsPart,
  drugsPart,
  proofFreePart,
  todosPart,
];

let installed = false;

export function installParts(): void {
  if (installed) return;
  installed = true;
  for (const part of parts) {
    if (part.messages) registerMessages(part.messages);
    for (const job of part.jobs ?? []) if (!getJob(job.name)) defineJob(job);
    for (const d of part.deliverers ?? []) registerDeliverer(d.topic, d.deliver, d.options);
    for (const [name, section] of Object.entries(part.fileSections ?? {})) registerFileSection(name, section);
    for (const [name, spec] of Object.entries(part.dataClasses ?? {})) registerDataClass(name, spec);
  }
}

export function partRoutes(): RegisterRoutes[] {
  return parts.flatMap((p) => (p.routes ? [p.routes] : []));
}

/** Every part's demo seeders, in the order of the list. */
export function demoSeeders(): DemoSeeder[] {
  return parts.flatMap((p) => p.seeders ?? []);
}
