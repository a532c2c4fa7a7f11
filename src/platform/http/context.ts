import type { FastifyReply, FastifyRequest } from 'fastify';
import { localeFromHeader } from '../i18n/locale.js';
import { actorFromApiKey, actorFromSession } from '../auth/resolve-actor.js';
import { AppError } from '../errors/app-error.js';
import type { AppDeps } from './types.js';

export const SESSION_COOKIE = 'qq_session';

/** onRequest hook: who is calling, in which language, at what moment. */
export function contextHook(deps: AppDeps) {
  return async (req: FastifyRequest, _reply: FastifyReply) => {
    const now = deps.clock();
    req.sessionExpired = false;
    req.ctx = {
      actor: { kind: 'anonymous' },
      requestId: String(req.id),
      locale: localeFromHeader(req.headers['accept-language']),
      ip: req.ip ?? null,
      now,
    };
    // The hot public reads never look the caller up (a session or key sent along is not read).
    if (req.routeOptions.config?.policy?.anonymous) return;
    const apiKey = req.headers['x-api-key'];
    if (typeof apiKey === 'string' && apiKey.length > 0) {
      const actor = await actorFromApiKey(deps.database.db, apiKey, deps.actorCache);
      if (!actor) throw new AppError(401, 'invalid-api-key');
      req.ctx.actor = actor;
      return;
    }
    const token = req.cookies?.[SESSION_COOKIE];
    if (token) {
      const found = await actorFromSession(deps.database.db, deps.userLinks, token, now, deps.config.sessionIdleMinutes, deps.config.sessionMaxHours, deps.actorCache);
      if (found && 'actor' in found) req.ctx.actor = found.actor;
      else if (found) req.sessionExpired = true;
    }
  };
}
