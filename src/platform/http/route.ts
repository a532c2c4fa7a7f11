/**
 * The one way a part declares its routes: the door (`policy`), the operation's name and summary, its zod schemas
 * and the handler, in one object —
 *
 *   export const licenceRoutes = defineRoutes(['licences'], ({ route, db }) => {
 *     route.post('/api/licences', {
 *       policy: P.create,
 *       operationId: 'createLicence',
 *       summary: 'Register a licence',
 *       body: createLicenceInput,
 *       response: R.createLicence,
 *     }, async (req, reply) => reply.status(201).send(await createLicence(db, req.ctx, req.body)));
 *   });
 *
 * The policy is required by the type (and the server still refuses to start on a route without one,
 * `route-policy-hook.ts`); the part's tags are given once; params, query, body and answer are typed through the
 * Fastify zod type provider exactly as on `app.get(…)`. Everything but the policy is the route's `schema`, as
 * Fastify and the OpenAPI document read it.
 */
import type {
  ContextConfigDefault,
  FastifySchema,
  HTTPMethods,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
  RouteGenericInterface,
  RouteHandlerMethod,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RoutePolicy } from '../policy/route-policy.js';
import type { Db } from '../db/client.js';
import type { App, AppDeps, RegisterRoutes } from './types.js';

/** A route's declaration: who may call it (`policy`) and its schema (operation, documentation, validation, answer). */
export interface RouteSpec extends FastifySchema {
  /** The door: a named policy from the part's `policy.ts`, or `PUBLIC`/`ANONYMOUS`. */
  policy: RoutePolicy;
  operationId: string;
  summary: string;
  description?: string;
  /** The part's tags by default (`declareRoutes`). */
  tags?: string[];
  consumes?: string[];
  produces?: string[];
  /** Every 2xx answer, by status (zod, or `binary(…)` for a file). */
  response: Record<number, unknown>;
}

/** The handler of a route declared with `spec`: request and reply typed from its schemas. */
export type RouteHandler<S extends FastifySchema> = RouteHandlerMethod<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  RouteGenericInterface,
  ContextConfigDefault,
  S,
  ZodTypeProvider
>;

type Declare = <S extends RouteSpec>(url: string, spec: S, handler: RouteHandler<S>) => void;

export interface RouteDeclarer {
  get: Declare;
  post: Declare;
  put: Declare;
  patch: Declare;
  delete: Declare;
}

/** The route declarer of a part: its routes carry `tags` unless one names its own. */
export function declareRoutes(app: App, tags: string[]): RouteDeclarer {
  const declare =
    (method: HTTPMethods): Declare =>
    (url, { policy, ...schema }, handler) => {
      // the handler was typed against `spec` at the call; Fastify's own generic over the assembled schema cannot
      // see that `tags` changes nothing of the request or the answer, so the checked type is handed on as is
      app.route({ method, url, config: { policy }, schema: { tags, ...schema }, handler: handler as never });
    };
  return { get: declare('GET'), post: declare('POST'), put: declare('PUT'), patch: declare('PATCH'), delete: declare('DELETE') };
}

/** What a part's route declarations are handed: the declarer with the part's tags, the database, and the rest. */
export interface RouteKit {
  route: RouteDeclarer;
  db: Db;
  deps: AppDeps;
  app: App;
}

/** A part's routes (`RegisterRoutes`), declared with its tags given once. */
export function defineRoutes(tags: string[], declare: (kit: RouteKit) => void | Promise<void>): RegisterRoutes {
  return (app, deps) => declare({ route: declareRoutes(app, tags), db: deps.database.db, deps, app });
}

/** The path parameters of a route on one row (`/…/:id`): its id, a UUID. */
export const idParams = z.object({ id: z.uuid() });
