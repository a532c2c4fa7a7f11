/** A2–A9 — applying for a code, joint visits, results, evaluations, complaints; the figures' rollup (every few seconds) and nightly compaction. */
import { definePart } from '../platform/parts/part.js';
import { inspectionRoutes } from './routes.js';
import { inspectionMessages } from './messages.js';
import { overdueResultsJob } from './overdue-results-job.js';
import { figuresCompactJob } from './figures-compact-job.js';
import { figuresRollupJob } from './figures-rollup-job.js';
import { seedDemoInspections } from './demo.js';
import { inspectionsSection } from './file-section.js';

export const inspectionsPart = definePart({
  name: 'inspections',
  routes: inspectionRoutes,
  jobs: [overdueResultsJob, figuresCompactJob, figuresRollupJob],
  messages: inspectionMessages,
  seeders: [seedDemoInspections],
  fileSections: { inspections: inspectionsSection },
});
