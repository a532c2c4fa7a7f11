import { and, count, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { RegisterRoutes } from '../platform/http/types.js';
import { requireUser } from '../platform/policy/policy.js';
import { AppError } from '../platform/errors/app-error.js';
import { translate } from '../platform/i18n/messages.js';
import { recordAudit } from '../platform/audit/record.js';
import { notificationContacts, notifications, NOTIFICATION_CHANNELS } from './schema.js';
import { myNotifications } from './mine.js';
import './deliver.js';
import './messages.js';
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
        querystring: z.object({
          unread: z.stringbool().optional(),
          page: z.coerce.number().int().min(1).max(100_000).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(20),
        }),
      },
    },
    async (req) => {
      const user = requireUser(req.ctx.actor);
      const mine = myNotifications(user);
      const where = req.query.unread ? and(mine, isNull(notifications.readAt)) : mine;
      const [total] = await db.select({ n: count() }).from(notifications).where(where);
      const [unread] = await db
        .select({ n: count() })
        .from(notifications)
        .where(and(mine, isNull(notifications.readAt)));
      const rows = await db
        .select()
        .from(notifications)
        .where(where)
        .orderBy(desc(notifications.createdAt), desc(notifications.id))
        .limit(req.query.pageSize)
        .offset((req.query.page - 1) * req.query.pageSize);
      await recordAudit(db, req.ctx, {
        action: 'notification.list',
        targetType: 'notification',
        detail: { page: req.query.page, unread: req.query.unread ?? false, returned: rows.length },
      });
      return {
        items: rows.map((n) => ({
          id: n.id,
          kind: n.kind,
          text: translate(req.ctx.locale, `notify.${n.kind}`, n.params),
          params: n.params,
          targetType: n.targetType,
          targetId: n.targetId,
          link: n.link,
          createdAt: n.createdAt.toISOString(),
          readAt: n.readAt?.toISOString() ?? null,
        })),
        total: total?.n ?? 0,
        unread: unread?.n ?? 0,
      };
    },
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
      const user = requireUser(req.ctx.actor);
      const [n] = await db
        .select({ id: notifications.id, readAt: notifications.readAt })
        .from(notifications)
        .where(and(eq(notifications.id, req.params.id), eq(notifications.userId, user.userId)));
      if (!n) throw new AppError(404, 'notification-not-found');
      if (!n.readAt)
        await db.transaction(async (tx) => {
          await tx.update(notifications).set({ readAt: req.ctx.now }).where(eq(notifications.id, n.id));
          await recordAudit(tx, req.ctx, { action: 'notification.read', targetType: 'notification', targetId: n.id });
        });
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/notifications/read-all',
    { config: { policy: P.readAll }, schema: { operationId: 'readAllNotifications', response: R.readAllNotifications, tags: ['notifications'], summary: 'Mark all the caller’s notifications read' } },
    async (req) => {
      const user = requireUser(req.ctx.actor);
      const done = await db.transaction(async (tx) => {
        const marked = await tx
          .update(notifications)
          .set({ readAt: req.ctx.now })
          .where(and(eq(notifications.userId, user.userId), isNull(notifications.readAt)))
          .returning({ id: notifications.id });
        await recordAudit(tx, req.ctx, { action: 'notification.read-all', targetType: 'notification', detail: { updated: marked.length } });
        return marked;
      });
      return { updated: done.length };
    },
  );

  app.get(
    '/api/notifications/contacts',
    { config: { policy: P.contacts },
      schema: { operationId: 'listNotificationContacts', response: R.listNotificationContacts,
        tags: ['notifications'],
        summary: 'Where the caller receives notifications by SMS and e-mail',
      },
    },
    async (req) => {
      const user = requireUser(req.ctx.actor);
      const rows = await db
        .select()
        .from(notificationContacts)
        .where(eq(notificationContacts.userId, user.userId));
      return { items: rows.map((r) => ({ channel: r.channel, address: r.address, enabled: r.enabled })) };
    },
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
    async (req) => {
      const user = requireUser(req.ctx.actor);
      const { channel } = req.params;
      const { address, enabled } = req.body;
      const ok =
        channel === 'sms' ? /^\+?[\d\s-]{6,20}$/.test(address) : z.email().safeParse(address).success;
      if (!ok)
        throw new AppError(
          422,
          'validation-failed',
          { summary: `body.address` },
          { errors: [{ path: 'body.address', message: channel }] },
        );
      await db.transaction(async (tx) => {
        await tx
          .insert(notificationContacts)
          .values({ userId: user.userId, channel, address, enabled, updatedAt: req.ctx.now })
          .onConflictDoUpdate({
            target: [notificationContacts.userId, notificationContacts.channel],
            set: { address, enabled, updatedAt: req.ctx.now },
          });
        await recordAudit(tx, req.ctx, {
          action: 'notification.contact',
          targetType: 'user',
          targetId: user.userId,
          detail: { channel, enabled },
        });
      });
      return { channel, address, enabled };
    },
  );
};
