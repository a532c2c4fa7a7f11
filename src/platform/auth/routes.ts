import { z } from 'zod';
import { SESSION_COOKIE } from '../http/context.js';
import { requireUser } from '../policy/policy.js';
import { login, logout } from './login.js';
import { actorFromSession } from './resolve-actor.js';
import { API_SCOPES, createApiKey, listApiKeys, revokeApiKey } from './manage-api-keys.js';
import { changePassword, createUser, listUsers, newUserInput, setUserStatus } from './manage-users.js';
import { authPolicies as P } from './policy.js';
import { PUBLIC } from '../policy/route-policy.js';
import * as R from './responses.js';
import { defineRoutes } from '../http/route.js';
import { operationRoutes } from '../http/operation-route.js';

export const authRoutes = defineRoutes(['admin'], ({ route, db, deps }) => {
  const op = operationRoutes(route, db);
  const secure = deps.config.publicBaseUrl.startsWith('https://');

  route.post('/api/auth/login', {
    policy: PUBLIC,
    operationId: 'login',
    summary: 'Sign in (sets the session cookie)',
    tags: ['auth'],
    body: z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(256) }),
    response: R.login,
  }, async (req, reply) => {
    const { token } = await login(db, req.ctx, req.body);
    reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
    const found = await actorFromSession(db, deps.userLinks, token, req.ctx.now, deps.config.sessionIdleMinutes);
    if (!found || !('actor' in found)) throw new Error('session just created is not live');
    return { user: await deps.userLinks.describe(db, found.actor) };
  });

  route.post('/api/auth/logout', {
    policy: PUBLIC,
    operationId: 'logout',
    summary: 'Sign out',
    tags: ['auth'],
    response: R.logout,
  }, async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token && req.ctx.actor.kind === 'user') await logout(db, req.ctx, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send();
  });

  route.get('/api/me', {
    policy: P.me,
    operationId: 'getMe',
    summary: 'The signed-in user',
    tags: ['auth'],
    response: R.getMe,
  }, async (req) => {
    return deps.userLinks.describe(db, requireUser(req.ctx.actor));
  });

  op.post('/api/me/password', {
    policy: P.changePassword,
    operationId: 'changePassword',
    summary: 'Change my password (≥ 8 characters from 3 classes)',
    tags: ['auth'],
    body: z.object({ currentPassword: z.string().min(1).max(256), newPassword: z.string().min(1).max(256) }),
    response: R.changePassword,
  }, changePassword);

  op.list('/api/admin/users', {
    policy: P.listUsers,
    operationId: 'listUsers',
    summary: 'Accounts (admin)',
    response: R.listUsers,
  }, listUsers);
  op.post('/api/admin/users', {
    policy: P.createUser,
    operationId: 'createUser',
    summary: 'Create an account (admin)',
    body: newUserInput,
    response: R.createUser,
  }, createUser);
  op.post('/api/admin/users/:id/status', {
    policy: P.setUserStatus,
    operationId: 'setUserStatus',
    summary: 'Enable, disable or unlock an account (admin)',
    body: z.object({ status: z.enum(['active', 'disabled']) }),
    response: R.setUserStatus,
  }, setUserStatus);

  op.list('/api/admin/api-keys', {
    policy: P.listApiKeys,
    operationId: 'listApiKeys',
    summary: 'Integration clients and their scopes (admin)',
    response: R.listApiKeys,
  }, listApiKeys);
  op.post('/api/admin/api-keys', {
    policy: P.createApiKey,
    operationId: 'createApiKey',
    summary: 'Create an API key (shown once; stored hashed)',
    body: z.object({ name: z.string().trim().min(2).max(100), scopes: z.array(z.enum(API_SCOPES)).min(1) }),
    response: R.createApiKey,
  }, createApiKey);
  op.post('/api/admin/api-keys/:id/revoke', {
    policy: P.revokeApiKey,
    operationId: 'revokeApiKey',
    summary: 'Revoke an API key',
    response: R.revokeApiKey,
  }, revokeApiKey);
});
