/**
 * Thin routes: most routes only parse, pass the door and call one operation of their part. Declared here, such a
 * route names its operation instead of spelling out the call —
 *
 *   const op = operationRoutes(route, db);
 *   op.post('/api/checkups/invitations/:id/schedule', {
 *     policy: checkupPolicies.staff,
 *     operationId: 'scheduleCheckupVisit',
 *     summary: 'Schedule the visit',
 *     body: scheduleInput,
 *     response: { 200: statusOut },
 *   }, scheduleVisit);
 *
 * The operation is called with the database, the caller's context, the path's parameters in their order (a path on
 * one row, `/…/:id`, takes `idParams` unless the route declares its params) and the body, or else the query, where
 * the route declares one; what it returns is the answer, sent with the one 2xx status the route declares (nothing
 * for a 204). The call is typed: an operation whose arguments or answer do not fit the route's schemas does not
 * compile. `op.spreadsheet` declares a download the same way (the operation makes the .xlsx, sent under the name
 * given), and `op.list` a list whose operation returns its rows, answered as `{ items }`.
 */
import type { z } from 'zod';
import type { Db } from '../db/client.js';
import type { Ctx } from '../policy/actor.js';
import { chinaDayOf } from '../time/china.js';
import { sendXlsx } from './download.js';
import { idParams, type RouteDeclarer, type RouteHandler, type RouteSpec } from './route.js';

/** A thin route's declaration is a route's; left without params, a path on one row gets `idParams`. */
export type OperationSpec = RouteSpec;

/** The names of a path's parameters, in their order (`/a/:id/b/:findingId` → ['id', 'findingId']). */
type ParamNames<U extends string> = U extends `${string}/:${infer P}/${infer Rest}`
  ? [P, ...ParamNames<`/${Rest}`>]
  : U extends `${string}/:${infer P}`
    ? [P]
    : [];
/** Their values, as the route's params declare them (or the `id` of `idParams`). */
type ParamArgs<U extends string, S> = ParamValues<
  ParamNames<U>,
  S extends { params: infer Z extends z.ZodType } ? z.output<Z> : { id: string }
>;
type ParamValues<Names extends string[], P> = {
  [I in keyof Names]: Names[I] extends keyof P ? P[Names[I]] : { undeclaredPathParameter: Names[I] };
};
type InputArgs<S> = S extends { body: infer B extends z.ZodType }
  ? [body: z.output<B>]
  : S extends { querystring: infer Q extends z.ZodType }
    ? [query: z.output<Q>]
    : [];
type Answer<R> = {
  [K in keyof R]: R[K] extends z.ZodUndefined ? void : R[K] extends z.ZodType ? z.output<R[K]> : unknown;
}[keyof R];

/** The operation behind a thin route on `U` declared with `S`. */
export type Operation<U extends string, S extends OperationSpec> = (
  db: Db,
  ctx: Ctx,
  ...args: [...ParamArgs<U, S>, ...InputArgs<S>]
) => Promise<Answer<S['response']>>;

type DeclareOperation = <U extends string, S extends OperationSpec>(
  url: U,
  spec: S,
  operation: Operation<U, S>,
) => void;

/**
 * A spreadsheet download's name: `ascii` and/or `name` (see `DownloadName`) without the `.xlsx`; `dated` adds the
 * caller's day in China (`enterprises-20261207.xlsx`), and such a download is not cached.
 */
export interface SpreadsheetName {
  ascii?: string;
  name?: string;
  dated?: boolean;
}

type DeclareSpreadsheet = <U extends string, S extends OperationSpec>(
  url: U,
  spec: S,
  operation: (db: Db, ctx: Ctx, ...args: [...ParamArgs<U, S>, ...InputArgs<S>]) => Promise<Uint8Array>,
  name: SpreadsheetName,
) => void;

/** The rows of a list answer `{ items }` (200). */
type ListItems<R> = R extends { 200: infer Z extends z.ZodType }
  ? z.output<Z> extends { items: (infer T)[] }
    ? T[]
    : never
  : never;

type DeclareList = <U extends string, S extends OperationSpec>(
  url: U,
  spec: S,
  operation: (
    db: Db,
    ctx: Ctx,
    ...args: [...ParamArgs<U, S>, ...InputArgs<S>]
  ) => Promise<ListItems<S['response']>>,
) => void;

export interface OperationDeclarer {
  get: DeclareOperation;
  post: DeclareOperation;
  put: DeclareOperation;
  patch: DeclareOperation;
  delete: DeclareOperation;
  /** A GET answering a generated .xlsx. */
  spreadsheet: DeclareSpreadsheet;
  /** A GET answering `{ items }`: the rows the operation returns. */
  list: DeclareList;
}

type Request = Parameters<RouteHandler<RouteSpec>>[0];
type Reply = Parameters<RouteHandler<RouteSpec>>[1];

/** The one 2xx status of a thin route's answer (a route that answers with two is not thin). */
function successStatus(url: string, response: Record<number, unknown>): number {
  const statuses = Object.keys(response)
    .map(Number)
    .filter((s) => s >= 200 && s < 300);
  if (statuses.length !== 1)
    throw new Error(`${url}: a thin route declares one 2xx answer, not ${statuses.length}`);
  return statuses[0]!;
}

const fileName = (base: string | undefined, day: string) =>
  base === undefined ? undefined : `${base}${day ? `-${day}` : ''}.xlsx`;

/** The thin-route declarer over a part's route declarer and database. */
export function operationRoutes(route: RouteDeclarer, db: Db): OperationDeclarer {
  /** Declares `url` with `spec`, answering with `send` what the operation returns. */
  const declareWith =
    (method: keyof RouteDeclarer, send: (req: Request, reply: Reply, result: unknown) => unknown) =>
    (url: string, spec: OperationSpec, operation: unknown) => {
      const names = [...url.matchAll(/\/:(\w+)/g)].map((m) => m[1]!);
      const onRow = spec.params === undefined && names.join() === 'id';
      if (spec.params === undefined && names.length > 0 && !onRow)
        throw new Error(`${url}: declare the params of the path`);
      const input = spec.body !== undefined ? 'body' : spec.querystring !== undefined ? 'query' : undefined;
      // the operation was typed against `url` and `spec` at the call; here it is called with what they declared
      const call = operation as (db: Db, ctx: Ctx, ...args: unknown[]) => Promise<unknown>;
      const handler: RouteHandler<RouteSpec> = async (req, reply) => {
        const params = req.params as Record<string, unknown>;
        const args = [...names.map((name) => params[name]), ...(input ? [req[input]] : [])];
        return send(req, reply, await call(db, req.ctx, ...args));
      };
      // Fastify's own generic over the assembled schema cannot see the checked call: the handler is handed on as is
      route[method](url, onRow ? { ...spec, params: idParams } : spec, handler as never);
    };
  const declare =
    (method: keyof RouteDeclarer): DeclareOperation =>
    (url, spec, operation) => {
      const status = successStatus(url, spec.response);
      const send = status === 204 ? () => undefined : (result: unknown) => result;
      declareWith(method, (_req, reply, result) => reply.status(status).send(send(result)))(
        url,
        spec,
        operation,
      );
    };
  const spreadsheet: DeclareSpreadsheet = (url, spec, operation, { ascii, name, dated = false }) =>
    declareWith('get', (req, reply, data) => {
      const day = dated ? chinaDayOf(req.ctx.now).replaceAll('-', '') : '';
      const download = { ascii: fileName(ascii, day), name: fileName(name, day) };
      return sendXlsx(reply, data as Uint8Array, download, dated ? { 'cache-control': 'no-store' } : {});
    })(url, spec, operation);
  const list: DeclareList = (url, spec, operation) => {
    if (successStatus(url, spec.response) !== 200) throw new Error(`${url}: a list answers 200`);
    declareWith('get', (_req, reply, items) => reply.status(200).send({ items }))(url, spec, operation);
  };
  return {
    get: declare('get'),
    post: declare('post'),
    put: declare('put'),
    patch: declare('patch'),
    delete: declare('delete'),
    spreadsheet,
    list,
  };
}
