/** The 2xx answers of the routes in routes.ts, as zod schemas (serialised and checked by the server, published in the OpenAPI document). */
import { z } from 'zod';
import { noContent } from '../platform/http/responses.js';
import { listOf } from '../platform/http/answer-fields.js';

/** Where a user's notifications are also sent (an SMS number, an email address) and whether that is on. */
const contact = z.object({ channel: z.enum(['sms', 'email']), address: z.string(), enabled: z.boolean() });

export const listNotifications = {
  200: z.object({
    items: z.array(
      z.object({
        id: z.string(),
        kind: z.string(),
        text: z.string(),
        params: z.record(z.string(), z.union([z.string(), z.number()]).nullable()),
        targetType: z.string().nullable(),
        targetId: z.string().nullable(),
        link: z.string().nullable(),
        createdAt: z.string(),
        readAt: z.string().nullable(),
      }),
    ),
    total: z.number(),
    unread: z.number(),
  }),
};

export const readNotification = { 204: noContent };

export const readAllNotifications = { 200: z.object({ updated: z.number() }) };

export const listNotificationContacts = { 200: listOf(contact) };

export const setNotificationContact = { 200: contact };
