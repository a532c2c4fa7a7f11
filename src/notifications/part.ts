/** H3 — in-app notifications and the senders (SMS, e-mail) the outbox delivers through. */
import { definePart } from '../platform/parts/part.js';
import { notificationRoutes } from './routes.js';
import { notificationMessages } from './messages.js';
import { notificationDeliverers } from './deliver.js';

export const notificationsPart = definePart({
  name: 'notifications',
  routes: notificationRoutes,
  messages: notificationMessages,
  deliverers: notificationDeliverers,
});
