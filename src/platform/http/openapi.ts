/**
 * The OpenAPI document (`/api/openapi.json`) as an integrator reads it: every operation says who may call it
 * (`security` from its route policy: the session cookie for roles, the API key with the scopes it accepts, none
 * for public routes), every refusal is the one problem+json response documented in `components` and referenced,
 * and the parts are tags. The route schemas themselves (zod) are turned into JSON Schema by
 * fastify-type-provider-zod.
 */
import type { SwaggerOptions } from '@fastify/swagger';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { RoutePolicy } from '../policy/route-policy.js';
import { API_SCOPES, SCOPE_DESCRIPTIONS } from '../auth/scopes.js';

export const PROBLEM_REF = '#/components/responses/Problem';

/** The problem document (RFC 9457) every 4xx and 5xx answer carries. */
const problemSchema: Record<string, unknown> = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail', 'code', 'requestId'],
  properties: {
    type: { type: 'string', description: 'A URI naming the kind of problem' },
    title: { type: 'string', description: 'The HTTP status in words, in the caller’s language' },
    status: { type: 'integer' },
    detail: { type: 'string', description: 'What went wrong, in the caller’s language (Accept-Language: zh-CN, en-US)' },
    code: { type: 'string', description: 'The stable machine code (e.g. `invalid-uscc`, `forbidden`)' },
    requestId: { type: 'string' },
    instance: { type: 'string' },
    policy: { type: 'string', description: 'On a refusal at the door: the route policy that refused' },
    errors: {
      type: 'array',
      description: 'On `validation-failed`: one entry per invalid field',
      items: {
        type: 'object',
        required: ['path', 'message'],
        properties: { path: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
  additionalProperties: true,
};

/** The parts, as tags (one per part; the operations of a part carry its tag). */
const TAGS: { name: string; description: string }[] = [
  { name: 'platform', description: 'Health and the API description' },
  { name: 'auth', description: 'Sign-in, sessions and the caller’s own account' },
  { name: 'admin', description: 'Accounts and integration API keys (administrators)' },
  { name: 'organisation', description: 'Departments, divisions and officers' },
  { name: 'enterprises', description: 'The enterprise registry and file (一企一档)' },
  { name: 'catalog', description: 'A1 — inspection items and joint scenarios' },
  { name: 'inspections', description: 'A2–A9 — inspection codes, results, evaluations, random draws' },
  { name: 'codes', description: 'A5 — verifying scanned inspection codes (public)' },
  { name: 'supervision', description: 'B — the signal inbox, supervision cases and figures' },
  { name: 'hotline', description: '12345 hotline tickets' },
  { name: 'credit', description: 'C — penalty records and credit repair' },
  { name: 'calendar', description: 'Holidays, adjusted working days and deadlines' },
  { name: 'notifications', description: 'In-app notifications and the caller’s contacts' },
  { name: 'audit', description: 'H4 — the audit log and its hash chain' },
  { name: 'jobs', description: 'Scheduled jobs (administrators)' },
  { name: 'outbox', description: 'Messages to other systems (administrators)' },
  { name: 'todos', description: 'The home page’s to-do counts, by role' },
];

/** Who may call the route, as an OpenAPI security requirement (alternatives: session or API key). */
export function securityOf(policy: RoutePolicy | undefined): Record<string, string[]>[] | undefined {
  if (!policy) return undefined;
  if (policy.public) return [];
  const alternatives: Record<string, string[]>[] = [];
  if (policy.roles.length > 0) alternatives.push({ session: [] });
  if (policy.scopes.length > 0) alternatives.push({ apiKey: [...policy.scopes] });
  return alternatives;
}

type Operation = { responses?: Record<string, unknown>; [k: string]: unknown };

export function swaggerOptions(publicBaseUrl: string): SwaggerOptions {
  return {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Qinqing 亲清 API',
        version: '1.0.0',
        description:
          'Enforcement toward enterprises made lighter, fairer and transparent. Errors are application/problem+json (RFC 9457) with a stable `code`; messages follow Accept-Language (zh-CN default, en-US). Every operation names who may call it: `session` (a signed-in user; `x-roles` lists the roles) and/or `apiKey` with the scopes it accepts.',
        license: { name: 'Proprietary — for the government of the deploying city', identifier: 'LicenseRef-Qinqing' },
      },
      servers: [{ url: publicBaseUrl, description: 'This deployment' }],
      tags: TAGS,
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'qq_session', description: 'The session cookie set by `POST /api/auth/login`' },
          apiKey: {
            type: 'apiKey',
            in: 'header',
            name: 'X-Api-Key',
            description: `An integration key (created by an administrator with \`POST /api/admin/api-keys\`). A key works for exactly what its scopes name: ${API_SCOPES.map((s) => `\`${s}\` — ${SCOPE_DESCRIPTIONS[s]}`).join('; ')}.`,
          },
        },
        responses: {
          Problem: {
            description: 'Refused or failed: a problem document (RFC 9457) with a stable `code`',
            content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
          },
        },
        schemas: { Problem: problemSchema as never },
      },
    },
    transform: (input) => {
      const out = jsonSchemaTransform(input);
      const policy = (input.route as { config?: { policy?: RoutePolicy } } | undefined)?.config?.policy;
      const security = securityOf(policy);
      if (!out.schema || (out.schema as { hide?: boolean }).hide || !security) return out;
      const schema: Record<string, unknown> = { ...(out.schema as Record<string, unknown>), security };
      if (policy && !policy.public) schema['x-roles'] = [...policy.roles];
      return { ...out, schema };
    },
    transformObject: (input) => {
      const doc = jsonSchemaTransformObject(input) as { paths?: Record<string, Record<string, Operation>> };
      // Every operation refers to the one documented problem answer for its refusals.
      for (const path of Object.values(doc.paths ?? {})) {
        for (const op of Object.values(path)) {
          if (!op || typeof op !== 'object' || !op.responses) continue;
          if (!Object.keys(op.responses).some((s) => s.startsWith('4'))) op.responses['4XX'] = { $ref: PROBLEM_REF };
          op.responses['5XX'] ??= { $ref: PROBLEM_REF };
        }
      }
      return doc as ReturnType<typeof jsonSchemaTransformObject>;
    },
  };
}
