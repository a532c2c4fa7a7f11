import { definePart } from '../platform/parts/part.js';
import { checkupRoutes } from './routes.js';
import { checkupMessages } from './messages.js';
import { checkupFileSection } from './file-section.js';
import { milestoneRemindersJob } from './milestone-reminders-job.js';
import { seedCheckups } from './demo.js';
import { CHECKUP_CLASS, CHECKUP_READERS } from './policy.js';
import { CHECKUP_TARGET_TYPES, PHOTO_OWNER, REPORT_OWNER } from './files.js';

/**
 * Part E — environmental check-up on invitation (亲清有约 我帮您检): campaigns and invitations, the versioned
 * check package, expert visits, the signed Chinese PDF report, rectification with a liaison — all behind the
 * `checkup` firewall, which keeps every word of a check-up away from the roles that enforce (E2).
 */
export const checkupsPart = definePart({
  name: 'checkups',
  routes: checkupRoutes,
  jobs: [milestoneRemindersJob],
  seeders: [seedCheckups],
  messages: checkupMessages,
  fileSections: { checkups: checkupFileSection },
  dataClasses: {
    [CHECKUP_CLASS]: {
      readers: CHECKUP_READERS,
      routePrefixes: ['/api/checkups'],
      fileOwnerTypes: [PHOTO_OWNER, REPORT_OWNER],
      targetTypes: CHECKUP_TARGET_TYPES,
      actionPrefixes: ['checkups.'],
    },
  },
});
