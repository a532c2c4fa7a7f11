/**
 * Route policies — who may call a route at all (deny by default). Every route declares one in its options,
 * `config: { policy }`; the server checks it before validation and the handler, and refuses to start on a route
 * that declares none (see `src/platform/http/server.ts`). Row-level scoping (which records a caller sees) stays in
 * the operations and each part's `policy.ts`; the route policy is the door, not the filter.
 *
 *   const create = routePolicy('licences.create', { roles: ['officer', 'dept_admin'], scopes: ['licences:write'] });
 *   app.post('/api/licences', { config: { policy: create }, schema: { operationId: 'createLicence', … } }, …)
 */
import { ROLES, type Role } from '../auth/schema.js';
import type { Actor } from './actor.js';
import { AppError } from '../errors/app-error.js';
import { DeniedError } from './policy.js';

export interface RoutePolicy {
  /** `part.action`, unique across the application (e.g. `licences.create`). */
  readonly name: string;
  /** Signed-in user roles let through. Empty: no user. */
  readonly roles: readonly Role[];
  /** API-key scopes let through (a key needs one of them). Empty or absent: API keys are refused. */
  readonly scopes: readonly string[];
  /** Anyone, signed in or not (scan pages, health, public archives). */
  readonly public: boolean;
  /** Public, and the caller is not even looked up (no session or key read): the scan at the factory gate. */
  readonly anonymous: boolean;
}

export function routePolicy(
  name: string,
  allow: { roles?: readonly Role[]; scopes?: readonly string[]; public?: boolean; anonymous?: boolean },
): RoutePolicy {
  if (!/^[a-z][a-z0-9-]*(\.[a-zA-Z0-9-]+)+$/.test(name)) throw new Error(`invalid route policy name "${name}"`);
  const anonymous = allow.anonymous ?? false;
  return Object.freeze({ name, roles: allow.roles ?? [], scopes: allow.scopes ?? [], public: anonymous || (allow.public ?? false), anonymous });
}

/** Open to everyone (the public face: scans, health, public archives, login). */
export const PUBLIC: RoutePolicy = routePolicy('platform.public', { public: true });

/** Open to everyone, who is never asked who they are: the hot public reads (a code's scan, its QR, the keys). */
export const ANONYMOUS: RoutePolicy = routePolicy('platform.anonymous', { anonymous: true });

/** Every role of a signed-in user. */
export const ALL_ROLES: readonly Role[] = ROLES;
/** Every role but the enterprise's: the platform's staff. */
export const STAFF_ROLES: readonly Role[] = ROLES.filter((r) => r !== 'enterprise');

/** Any signed-in user, whatever the role (their own profile, their own notifications). */
export const SIGNED_IN = (name: string, scopes: readonly string[] = []): RoutePolicy =>
  routePolicy(name, { roles: ALL_ROLES, scopes });

/** Any signed-in member of staff (not an enterprise). */
export const STAFF = (name: string, scopes: readonly string[] = []): RoutePolicy =>
  routePolicy(name, { roles: STAFF_ROLES, scopes });

/**
 * Whether the actor passes the door; throws the refusal otherwise (401 anonymous, 403 wrong role or scope). The
 * problem document names the policy (`policy`), so a caller — and the route-policy test — can tell the door's
 * refusal from an operation's.
 */
export function checkRoutePolicy(actor: Actor, policy: RoutePolicy): void {
  if (policy.public || actor.kind === 'system') return;
  const extra = { policy: policy.name };
  if (actor.kind === 'anonymous') throw new AppError(401, 'unauthenticated', {}, extra);
  if (actor.kind === 'integration') {
    if (policy.scopes.length === 0) throw new DeniedError(403, `route-${policy.name}-no-keys`, extra);
    if (actor.scopes.includes('*') || policy.scopes.some((s) => actor.scopes.includes(s))) return;
    throw new AppError(403, 'insufficient-scope', { scope: policy.scopes.join(' | ') }, extra);
  }
  if (!policy.roles.includes(actor.role)) throw new DeniedError(403, `route-${policy.name}-role-${actor.role}`, extra);
}
