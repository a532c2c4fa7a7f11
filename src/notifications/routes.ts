import { z } from 'zod';
import type { RegisterRoutes } from '../platform/http/types.js';
import { pagingFields } from '../platform/http/paging.js';
import { NOTIFICATION_CHANNELS } from './schema.js';
import { listNotifications } from './list-notifications.js';
import { readNotification } from './read-notification.js';
import { readAllNotifications } from './read-all-notifications.js';
import { listNotificationContacts } from './list-notification-contacts.js';
import { setNotificationContact } from './set-notification-contact.js';
import { notificationPolicies as P } from './policy.js';
import * as R from './responses.js';

export const notificationRoutes: RegisterRoutes = (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/api/notifications',
    { config: { policy: P.list },
      schema: { operationId: 'listNotifications', response: R.listNotifications,
        tags: ['notifications'],
        summary: 'The caller’s in-app notifications, newest first, with the unread count',
        querystring: z.object({ unread: z.stringbool().optional(), ...pagingFields() }),
      },
    },
    async (req) => listNotifications(db, req.ctx, req.query),
  );

  app.post(
    '/api/notifications/:id/read',
    { config: { policy: P.read },
      schema: { operationId: 'readNotification', response: R.readNotification,
        tags: ['notifications'],
        summary: 'Mark one of the caller’s notifications read',
        params: z.object({ id: z.uuid() }),
      },
    },
    async (req, reply) => {
      await readNotification(db, req.ctx, req.params.id);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/notifications/read-all',
    { config: { policy: P.readAll }, schema: { operationId: 'readAllNotifications', response: R.readAllNotifications, tags: ['notifications'], summary: 'Mark all the caller’s notifications read' } },
    async (req) => readAllNotifications(db, req.ctx),
  );

  app.get(
    '/api/notifications/contacts',
    { config: { policy: P.contacts },
      schema: { operationId: 'listNotificationContacts', response: R.listNotificationContacts,
        tags: ['notifications'],
        summary: 'Where the caller receives notifications by SMS and e-mail',
      },
    },
    async (req) => listNotificationContacts(db, req.ctx),
  );

  app.put(
    '/api/notifications/contacts/:channel',
    { config: { policy: P.setContact },
      schema: { operationId: 'setNotificationContact', response: R.setNotificationContact,
        tags: ['notifications'],
        summary: 'Set the caller’s SMS number or e-mail address for notifications (audited)',
        params: z.object({ channel: z.enum(NOTIFICATION_CHANNELS) }),
        body: z.object({ address: z.string().trim().min(3).max(200), enabled: z.boolean().default(true) }),
      },
    },
    async (req) => setNotificationContact(db, req.ctx, req.params.channel, req.body),
  );
};
