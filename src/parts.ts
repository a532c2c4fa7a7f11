/**
 * The list of product parts (see `src/platform/parts/part.ts`). A new part is one `src/<part>/part.ts` exporting a
 * `Part`, and one line here. `installParts()` hands each part's messages, jobs, deliverers, demo seeders and
 * enterprise-file sections to the platform once; `partRoutes()` gives the server their routes.
 *
 * The parts built before this list (organisation … credit) still register through their own modules
 * (src/routes.ts, src/jobs.ts, side-effect imports) until they move here.
 */
import type { Part } from './platform/parts/part.js';
import type { RegisterRoutes } from './platform/http/types.js';
import { registerMessages } from './platform/i18n/messages.js';
import { defineJob, getJob } from './platform/jobs/define-job.js';
import { registerDeliverer } from './platform/outbox/deliverers.js';
import { registerDemoSeeder } from './demo/parts.js';
import { registerFileSection } from './platform/parts/file-sections.js';
import { registerDataClass } from './platform/policy/firewall.js';
import { checkupsPart } from './checkups/part.js';
import { revisitsPart } from './revisits/part.js';
import { drugsPart } from './drugs/part.js';
import { proofFreePart } from './proof-free/part.js';
import { todosPart } from './todos/part.js';

export const parts: Part[] = [
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
    for (const seeder of part.seeders ?? []) registerDemoSeeder(seeder);
    for (const [name, loader] of Object.entries(part.fileSections ?? {})) registerFileSection(name, loader);
    for (const [name, spec] of Object.entries(part.dataClasses ?? {})) registerDataClass(name, spec);
  }
}

export function partRoutes(): RegisterRoutes[] {
  return parts.flatMap((p) => (p.routes ? [p.routes] : []));
}
