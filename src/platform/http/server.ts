import fs from 'node:fs';
import path from 'node:path';
import Fastify, { LogController, type FastifyError } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import { type ZodTypeProvider } from 'fastify-type-provider-zod';
import { serializerCompiler } from './serializer.js';
import { newId } from '../db/ids.js';
import { auditRefusal } from '../audit/refusal.js';
import { AppError } from '../errors/app-error.js';
import { localeFromHeader } from '../i18n/locale.js';
import { requireUtf8Json } from './charset.js';
import { drainRequest } from './body-limit.js';
import { declaredBodyOnly, sameOriginOnly } from './csrf.js';
import { registerSecurityHeaders } from './security-headers.js';
import { registerRateLimits } from './rate-limits.js';
import { contextHook } from './context.js';
import { clientErrorHandler, frameworkErrors } from './client-errors.js';
import { assertMayReadClass, classOfRoute } from '../policy/firewall.js';
import { checkRoutePolicy, PUBLIC } from '../policy/route-policy.js';
import { exemptFromRoutePolicy, requireRoutePolicy } from './route-policy-hook.js';
import { swaggerOptions } from './openapi.js';
import { problemOf, sendProblem } from './problem.js';
import { refuseFlawedInput, zodValidatorCompiler } from './validation.js';
import type { App, AppDeps, RegisterRoutes } from './types.js';

export interface BuildOptions {
  routes: RegisterRoutes[];
  logger?: boolean | object;
  /** No line per request (the pretty development log); errors are still logged. */
  quietRequests?: boolean;
}

/** The Fastify instance: platform plugins, request context, problem+json errors, OpenAPI, the web bundle. */
export async function buildServer(deps: AppDeps, opts: BuildOptions): Promise<App> {
  const app = Fastify({
    logger: opts.logger ?? { level: deps.config.logLevel },
    logController: new LogController({ disableRequestLogging: opts.quietRequests ?? false }),
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.:-]{1,100}$/.test(given) ? given : newId();
    },
    bodyLimit: 1024 * 1024,
    // Behind TRUST_PROXY hops the client address is what the nearest proxy appended to X-Forwarded-For.
    trustProxy:
      deps.config.trustProxy > 0 ? (_address: string, hop: number) => hop < deps.config.trustProxy : false,
    routerOptions: { maxParamLength: 600 },
    clientErrorHandler,
    frameworkErrors,
  }).withTypeProvider<ZodTypeProvider>() as unknown as App;

  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await registerSecurityHeaders(app, { https: deps.config.publicBaseUrl.startsWith('https://') });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: 20 * 1024 * 1024, files: 5, fields: 20 } });
  // Every route declares who may call it; a route without a policy stops the server from starting.
  app.addHook('onRoute', requireRoutePolicy);

  await app.register(swagger, swaggerOptions(deps.config.publicBaseUrl));
  await exemptFromRoutePolicy(app, 'the API browser (@fastify/swagger-ui): its page and assets', (scope) =>
    // No validator badge: it is an image from another site (and sends the document there).
    scope.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { validatorUrl: null } }),
  );
  app.get('/api/openapi.json', { config: { policy: PUBLIC }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  app.addHook('onRequest', contextHook(deps));
  app.addHook('onRequest', requireUtf8Json);
  app.addHook('onRequest', sameOriginOnly(deps.config.publicBaseUrl));
  // The door: a route's declared policy is checked before its body is even read (deny by default).
  app.addHook('onRequest', async (req) => {
    const policy = req.routeOptions.config?.policy;
    if (policy) checkRoutePolicy(req.ctx.actor, policy);
  });
  // The data-class firewall: a route under a classified prefix (e.g. /api/checkups/) is refused to roles that may
  // not read the class, after the door and before any
  // validation or handler — whatever the route itself declares (a second line behind the route's policy).
  app.addHook('onRequest', async (req) => {
    const cls = classOfRoute(req.routeOptions.url ?? req.url.split('?')[0]!);
    if (cls) assertMayReadClass(req.ctx.actor, cls);
  });
  app.addHook('preValidation', declaredBodyOnly);
  app.addHook('preValidation', refuseFlawedInput);
  await registerRateLimits(app, deps.config.rateLimits);
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });

  app.setErrorHandler(async (err: FastifyError, req, reply) => {
    const locale = req.ctx?.locale ?? localeFromHeader(req.headers['accept-language']);
    let error: unknown = err;
    if (err instanceof AppError && err.code === 'unauthenticated' && req.sessionExpired) {
      error = new AppError(401, 'session-expired', {}, err.extra);
    }
    const problem = problemOf(error, locale, String(req.id));
    if (problem.status >= 500) req.log.error({ err }, 'request failed');
    else req.log.info({ code: problem.code, status: problem.status }, 'request refused');
    // Guessing another scope's ids is itself worth a record: every 401, 403 and 404 refusal is audited.
    await auditRefusal(deps.database.db, req, err).catch((e: unknown) =>
      req.log.error({ err: e }, 'audit of denial failed'),
    );
    if (typeof problem.retryAfter === 'number') reply.header('retry-after', String(problem.retryAfter));
    // An over-limit body: read the rest first, so that the client can read the 413 (body-limit.ts).
    if (problem.status === 413) {
      reply.header('connection', 'close');
      await drainRequest(req.raw);
    }
    return sendProblem(reply, problem);
  });

  for (const register of opts.routes) await register(app, deps);

  const webDir = deps.config.webDir;
  const hasWeb = fs.existsSync(path.join(webDir, 'index.html'));
  if (hasWeb) {
    // `reply.sendFile` for the page fallback below (no routes at this level), the files themselves in an exempt scope.
    await app.register(fastifyStatic, { root: webDir, serve: false });
    await exemptFromRoutePolicy(app, 'the web bundle (@fastify/static): public files', (scope) =>
      scope.register(fastifyStatic, {
        root: webDir,
        prefix: '/',
        wildcard: false,
        index: false,
        decorateReply: false,
      }),
    );
  }
  app.setNotFoundHandler(async (req, reply) => {
    const isPage = req.method === 'GET' && !req.url.startsWith('/api/') && hasWeb;
    if (isPage) return reply.type('text/html; charset=utf-8').sendFile('index.html');
    const locale = req.ctx?.locale ?? localeFromHeader(req.headers['accept-language']);
    return sendProblem(
      reply,
      problemOf(
        new AppError(404, 'route-not-found', { method: req.method, url: req.url.split('?')[0] }),
        locale,
        String(req.id),
      ),
    );
  });

  return app;
}
