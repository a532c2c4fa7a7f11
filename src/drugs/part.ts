/** D — drug regulation "supervision + service" (药监"监督+服务"): licences, reminders, warnings, notices, rectification. */
import { definePart } from '../platform/parts/part.js';
import { drugRoutes } from './routes.js';
import { drugJobs } from './jobs.js';
import { drugMessages } from './messages.js';
import { seedDrugDemo } from './demo.js';
import { licencesSection } from './file-section.js';

export const drugsPart = definePart({
  name: 'drugs',
  routes: drugRoutes,
  jobs: drugJobs,
  messages: drugMessages,
  seeders: [seedDrugDemo],
  fileSections: { licences: licencesSection },
});
