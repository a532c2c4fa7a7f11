import { z } from 'zod';
import type { RegisterRoutes } from '../http/types.js';
import { SESSION_COOKIE } from '../http/context.js';
import { requireUser } from '../policy/policy.js';
import { login, logout } from './login.js';
import { actorFromSession } from './resolve-actor.js';
import { describeMe } from './me.js';

export const authRoutes: RegisterRoutes = (app, deps) => {
  const { db } = deps.database;
  const secure = deps.config.publicBaseUrl.startsWith('https://');

  app.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in (sets the session cookie)',
        body: z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(256) }),
      },
    },
    async (req, reply) => {
      const { token } = await login(db, req.ctx, req.body);
      reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
      const found = await actorFromSession(db, token, req.ctx.now, deps.config.sessionIdleMinutes);
      if (!found || !('actor' in found)) throw new Error('session just created is not live');
      return { user: await describeMe(db, found.actor) };
    },
  );

  app.post('/api/auth/logout', { schema: { tags: ['auth'], summary: 'Sign out' } }, async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token && req.ctx.actor.kind === 'user') await logout(db, req.ctx, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send();
  });

  app.get('/api/me', { schema: { tags: ['auth'], summary: 'The signed-in user' } }, async (req) => {
    return describeMe(db, requireUser(req.ctx.actor));
  });
};
