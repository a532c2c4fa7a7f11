import { z } from 'zod';
import type { RegisterRoutes } from '../http/types.js';
import { SESSION_COOKIE } from '../http/context.js';
import { requireUser } from '../policy/policy.js';
import { login, logout } from './login.js';
import { actorFromSession } from './resolve-actor.js';
import { API_SCOPES, createApiKey, listApiKeys, revokeApiKey } from './manage-api-keys.js';
import { changePassword, createUser, listUsers, newUserInput, setUserStatus } from './manage-users.js';
import { authPolicies as P } from './policy.js';
import { PUBLIC } from '../policy/route-policy.js';
import * as R from './responses.js';

export const authRoutes: RegisterRoutes = (app, deps) => {
  const { db } = deps.database;
  const secure = deps.config.publicBaseUrl.startsWith('https://');

  app.post(
    '/api/auth/login',
    { config: { policy: PUBLIC },
      schema: { operationId: 'login', response: R.login,
        tags: ['auth'],
        summary: 'Sign in (sets the session cookie)',
        body: z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(256) }),
      },
    },
    async (req, reply) => {
      const { token } = await login(db, req.ctx, req.body);
      reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
      const found = await actorFromSession(db, deps.userLinks, token, req.ctx.now, deps.config.sessionIdleMinutes);
      if (!found || !('actor' in found)) throw new Error('session just created is not live');
      return { user: await deps.userLinks.describe(db, found.actor) };
    },
  );

  app.post('/api/auth/logout', { config: { policy: PUBLIC }, schema: { operationId: 'logout', response: R.logout, tags: ['auth'], summary: 'Sign out' } }, async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token && req.ctx.actor.kind === 'user') await logout(db, req.ctx, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send();
  });

  app.get('/api/me', { config: { policy: P.me }, schema: { operationId: 'getMe', response: R.getMe, tags: ['auth'], summary: 'The signed-in user' } }, async (req) => {
    return deps.userLinks.describe(db, requireUser(req.ctx.actor));
  });

  app.post(
    '/api/me/password',
    { config: { policy: P.changePassword }, schema: { operationId: 'changePassword', response: R.changePassword, tags: ['auth'], summary: 'Change my password (≥ 8 characters from 3 classes)', body: z.object({ currentPassword: z.string().min(1).max(256), newPassword: z.string().min(1).max(256) }) } },
    async (req, reply) => {
      await changePassword(db, req.ctx, req.body);
      return reply.status(204).send();
    },
  );

  app.get('/api/admin/users', { config: { policy: P.listUsers }, schema: { operationId: 'listUsers', response: R.listUsers, tags: ['admin'], summary: 'Accounts (admin)' } }, async (req) => ({ items: await listUsers(db, req.ctx) }));
  app.post('/api/admin/users', { config: { policy: P.createUser }, schema: { operationId: 'createUser', response: R.createUser, tags: ['admin'], summary: 'Create an account (admin)', body: newUserInput } }, async (req, reply) =>
    reply.status(201).send(await createUser(db, req.ctx, req.body)),
  );
  app.post(
    '/api/admin/users/:id/status',
    { config: { policy: P.setUserStatus }, schema: { operationId: 'setUserStatus', response: R.setUserStatus, tags: ['admin'], summary: 'Enable, disable or unlock an account (admin)', params: z.object({ id: z.uuid() }), body: z.object({ status: z.enum(['active', 'disabled']) }) } },
    async (req, reply) => {
      await setUserStatus(db, req.ctx, req.params.id, req.body.status);
      return reply.status(204).send();
    },
  );

  app.get('/api/admin/api-keys', { config: { policy: P.listApiKeys }, schema: { operationId: 'listApiKeys', response: R.listApiKeys, tags: ['admin'], summary: 'Integration clients and their scopes (admin)' } }, async (req) => ({ items: await listApiKeys(db, req.ctx) }));
  app.post(
    '/api/admin/api-keys',
    { config: { policy: P.createApiKey }, schema: { operationId: 'createApiKey', response: R.createApiKey, tags: ['admin'], summary: 'Create an API key (shown once; stored hashed)', body: z.object({ name: z.string().trim().min(2).max(100), scopes: z.array(z.enum(API_SCOPES)).min(1) }) } },
    async (req, reply) => reply.status(201).send(await createApiKey(db, req.ctx, req.body)),
  );
  app.post('/api/admin/api-keys/:id/revoke', { config: { policy: P.revokeApiKey }, schema: { operationId: 'revokeApiKey', response: R.revokeApiKey, tags: ['admin'], summary: 'Revoke an API key', params: z.object({ id: z.uuid() }) } }, async (req, reply) => {
    await revokeApiKey(db, req.ctx, req.params.id);
    return reply.status(204).send();
  });
};
