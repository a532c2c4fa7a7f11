/**
 * Deny by default, at start-up: every route declares its policy (`config: { policy }`, see
 * src/platform/policy/route-policy.ts), or the server refuses to start. The only routes without one are those of
 * the plugins listed where they are registered with `exemptFromRoutePolicy` (the API browser, the web bundle), each
 * with its reason.
 */
import type { FastifyInstance, RouteOptions } from 'fastify';

const EXEMPT = Symbol('route-policy-exempt');
type MaybeExempt = FastifyInstance & { [EXEMPT]?: string };

/** The exemptions in force, by reason (for the route-policy test and the docs). */
export const routePolicyExemptions: string[] = [];

/** onRoute hook: a route without a declared policy is a start-up error naming it. */
export function requireRoutePolicy(this: FastifyInstance, route: RouteOptions): void {
  if ((route.config as { policy?: unknown } | undefined)?.policy) return;
  if ((this as MaybeExempt)[EXEMPT]) return;
  const methods = Array.isArray(route.method) ? route.method.join(',') : route.method;
  throw new Error(
    `route ${methods} ${route.url} declares no policy: add config: { policy } (a named policy from its part's policy.ts, or PUBLIC)`,
  );
}

/** Registers a plugin whose routes carry no policy, for the reason given (listed in `routePolicyExemptions`). */
export async function exemptFromRoutePolicy<T extends FastifyInstance>(
  app: T,
  reason: string,
  register: (scope: FastifyInstance) => unknown,
): Promise<void> {
  if (!routePolicyExemptions.includes(reason)) routePolicyExemptions.push(reason);
  await app.register(async (scope) => {
    (scope as MaybeExempt)[EXEMPT] = reason;
    await register(scope);
  });
}
