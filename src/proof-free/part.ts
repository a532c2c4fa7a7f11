/** F — proof-free service (从"你向我证明"到"我为你证明"). See src/proof-free/schema.ts for what it keeps. */
import { definePart } from '../platform/parts/part.js';
import { proofFreeRoutes } from './routes.js';
import { proofFreeMessages } from './messages.js';
import { assistRemindersJob } from './assist-reminders-job.js';
import { seedProofFreeDemo } from './demo.js';

export const proofFreePart = definePart({
  name: 'proof-free',
  routes: proofFreeRoutes,
  jobs: [assistRemindersJob],
  seeders: [seedProofFreeDemo],
  messages: proofFreeMessages,
});
