/** C — credit repair: penalty records, automatic repair (job), applications, deliveries to every platform. */
import { definePart } from '../platform/parts/part.js';
import { creditRoutes } from './routes.js';
import { creditMessages } from './messages.js';
import { autoRepairJob } from './auto-repair.js';
import { repairDeliverer } from './deliver-repair.js';
import { seedCreditDemo } from './demo.js';
import { penaltiesSection } from './file-section.js';

export const creditPart = definePart({
  name: 'credit',
  routes: creditRoutes,
  jobs: [autoRepairJob],
  deliverers: [repairDeliverer],
  messages: creditMessages,
  seeders: [seedCreditDemo],
  fileSections: { penalties: penaltiesSection },
});
