import { z } from 'zod';
import { pagingFields } from '../platform/http/paging.js';
import { NOTIFICATION_CHANNELS } from './schema.js';
import { listNotifications } from './list-notifications.js';
import { readNotification } from './read-notification.js';
import { readAllNotifications } from './read-all-notifications.js';
import { listNotificationContacts } from './list-notification-contacts.js';
import { setNotificationContact } from './set-notification-contact.js';
import { notificationPolicies as P } from './policy.js';
import * as R from './responses.js';
import { defineRoutes } from '../platform/http/route.js';
import { operationRoutes } from '../platform/http/operation-route.js';

export const notificationRoutes = defineRoutes(['notifications'], ({ route, db }) => {
  const op = operationRoutes(route, db);
  op.get('/api/notifications', {
    policy: P.list,
    operationId: 'listNotifications',
    summary: 'The caller’s in-app notifications, newest first, with the unread count',
    querystring: z.object({ unread: z.stringbool().optional(), ...pagingFields() }),
    response: R.listNotifications,
  }, listNotifications);

  op.post('/api/notifications/:id/read', {
    policy: P.read,
    operationId: 'readNotification',
    summary: 'Mark one of the caller’s notifications read',
    response: R.readNotification,
  }, readNotification);

  op.post('/api/notifications/read-all', {
    policy: P.readAll,
    operationId: 'readAllNotifications',
    summary: 'Mark all the caller’s notifications read',
    response: R.readAllNotifications,
  }, readAllNotifications);

  op.get('/api/notifications/contacts', {
    policy: P.contacts,
    operationId: 'listNotificationContacts',
    summary: 'Where the caller receives notifications by SMS and e-mail',
    response: R.listNotificationContacts,
  }, listNotificationContacts);

  op.put('/api/notifications/contacts/:channel', {
    policy: P.setContact,
    operationId: 'setNotificationContact',
    summary: 'Set the caller’s SMS number or e-mail address for notifications (audited)',
    params: z.object({ channel: z.enum(NOTIFICATION_CHANNELS) }),
    body: z.object({ address: z.string().trim().min(3).max(200), enabled: z.boolean().default(true) }),
    response: R.setNotificationContact,
  }, setNotificationContact);
});
