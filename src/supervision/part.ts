/** B — the signal inbox and supervision cases, their deadlines (reminders and escalation), figures. */
import { definePart } from '../platform/parts/part.js';
import { supervisionRoutes } from './routes.js';
import { supervisionMessages } from './messages.js';
import { supervisionDeadlinesJob } from './deadlines.js';
import { seedSupervisionDemo } from './demo.js';
import { supervisionSection } from './file-section.js';

export const supervisionPart = definePart({
  name: 'supervision',
  routes: supervisionRoutes,
  jobs: [supervisionDeadlinesJob],
  messages: supervisionMessages,
  seeders: [seedSupervisionDemo],
  fileSections: { supervision: supervisionSection },
});
