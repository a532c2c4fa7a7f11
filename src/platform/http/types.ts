import type { FastifyInstance, FastifyBaseLogger, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config/config.js';
import type { Database } from '../db/client.js';
import type { Ctx } from '../policy/actor.js';
import type { RoutePolicy } from '../policy/route-policy.js';
import type { AuditAnchor } from '../audit/anchor.js';
import type { ChangeFeed } from '../changes/change-feed.js';
import type { ActorCache } from '../auth/actor-cache.js';
import type { UserLinks } from '../auth/user-links.js';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/**
 * What the HTTP layer and every part's routes are built from. A part that brings a service of its own adds it here
 * by declaration merging in its own folder (`declare module '../platform/http/types.js' { interface AppDeps … }`:
 * codes' keyring, inspections' scan cache), so the platform names no part; src/app.ts builds them.
 */
export interface AppDeps {
  database: Database;
  config: Config;
  /** The clock, injectable for tests; rules never read it themselves. */
  clock: () => Date;
  /** Signs the audit chain's seals with a key outside the database (H4, src/platform/audit/anchor.ts). */
  auditAnchor: AuditAnchor;
  /** Changes announced by any instance, heard by this one (src/platform/changes/change-feed.ts). */
  changes: ChangeFeed;
  /** Sessions and API keys from memory, forgotten when announced (src/platform/auth/actor-cache.ts). */
  actorCache: ActorCache;
  /** The organisation's side of a signed-in account (officer record, description for /api/me). */
  userLinks: UserLinks;
}

/** A part registers its routes with this signature (see src/routes.ts). */
export type RegisterRoutes = (app: App, deps: AppDeps) => void | Promise<void>;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route at all (src/platform/policy/route-policy.ts). */
    policy?: RoutePolicy;
  }
  interface FastifyRequest {
    ctx: Ctx;
    /** Set when the request carried a session cookie that has expired. */
    sessionExpired: boolean;
  }
}
