/**
 * The credit platforms' sandbox: a separate Fastify server on loopback playing
 *   /fiscal       财政电子票据公共服务平台 — GET /fiscal/receipts?decisionNo&amount
 *   /creditchina  信用中国 — POST /creditchina/repairs (idempotent by the `Idempotency-Key` header)
 *   /gsxt         国家企业信用信息公示系统 — POST /gsxt/repairs (same)
 *   /industry     an industry credit platform — GET /industry/rectifications?uscc&decisionNo, POST /industry/repairs
 * Every platform request must be signed (HMAC-SHA256, see src/credit/connectors/signature.ts) — 401 otherwise.
 *
 * Test and control endpoints (unsigned; the server binds to loopback):
 *   POST /_sandbox/control {platform, failNext?, loseNext?, delayMs?, downForMs?, up?}
 *        failNext: answer 503 to the next N requests, before applying anything;
 *        loseNext: apply the next N repairs but answer 503 (the answer is "lost");
 *        delayMs: answer every request this much later; downForMs: drop connections for that long (sandbox clock)
 *   POST /_sandbox/data {receipts?, rectifications?}   add fiscal receipts and rectification records
 *   GET  /_sandbox/deliveries?platform&recordId        {applied: distinct repairs applied, received: requests}
 *   POST /_sandbox/reset                               forget deliveries and behaviours (data stays)
 */
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { setTimeout as sleep } from 'node:timers/promises';
import { verifyRequest } from '../credit/connectors/signature.js';
import type { FineReceipt } from '../credit/connectors/fiscal-receipts.js';
import type { Rectification } from '../credit/connectors/industry.js';
import { DEV_SIGNING_SECRET } from '../credit/config.js';

export const SANDBOX_PLATFORMS = ['fiscal', 'creditchina', 'gsxt', 'industry'] as const;
export type SandboxPlatform = (typeof SANDBOX_PLATFORMS)[number];
const REPAIR_PLATFORMS: readonly SandboxPlatform[] = ['creditchina', 'gsxt', 'industry'];

export interface SandboxData {
  receipts: FineReceipt[];
  rectifications: Rectification[];
}

export interface SandboxOptions {
  secret?: string;
  /** The clock outages are measured on (tests advance it); signatures are always checked against real time. */
  clock?: () => Date;
  data?: Partial<SandboxData>;
  logger?: boolean;
}

interface Behaviour {
  failNext: number;
  loseNext: number;
  delayMs: number;
  downUntil: number | null;
}

interface ReceivedRepair {
  recordId: string;
  action: string;
  payload: Record<string, unknown>;
  firstAt: string;
  /** Requests carrying this key (1 + duplicates). */
  times: number;
}

export interface Sandbox {
  app: FastifyInstance;
  /** Starts listening (port 0: any free port); resolves with the base URL. */
  listen(port?: number, host?: string): Promise<string>;
  close(): Promise<void>;
  data: SandboxData;
  /** Repairs applied per platform, by idempotency key. */
  repairs: Record<SandboxPlatform, Map<string, ReceivedRepair>>;
}

const fresh = (): Behaviour => ({ failNext: 0, loseNext: 0, delayMs: 0, downUntil: null });

declare module 'fastify' {
  interface FastifyRequest {
    rawBody?: string;
  }
}

export function createSandbox(opts: SandboxOptions = {}): Sandbox {
  const secret = opts.secret ?? DEV_SIGNING_SECRET;
  const clock = opts.clock ?? (() => new Date());
  const data: SandboxData = { receipts: [...(opts.data?.receipts ?? [])], rectifications: [...(opts.data?.rectifications ?? [])] };
  const behaviour = Object.fromEntries(SANDBOX_PLATFORMS.map((p) => [p, fresh()])) as Record<SandboxPlatform, Behaviour>;
  const repairs = Object.fromEntries(SANDBOX_PLATFORMS.map((p) => [p, new Map()])) as Sandbox['repairs'];
  const received = Object.fromEntries(SANDBOX_PLATFORMS.map((p) => [p, 0])) as Record<SandboxPlatform, number>;

  const app = Fastify({ logger: opts.logger ?? false });
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    req.rawBody = body as string;
    try {
      done(null, body ? JSON.parse(body as string) : {});
    } catch {
      const err = new Error('invalid JSON') as Error & { statusCode: number };
      err.statusCode = 400;
      done(err, undefined);
    }
  });

  const platformOf = (req: FastifyRequest): SandboxPlatform | undefined => {
    const first = req.url.split('?')[0]!.split('/')[1];
    return SANDBOX_PLATFORMS.find((p) => p === first);
  };

  app.addHook('preHandler', async (req, reply) => {
    const platform = platformOf(req);
    if (!platform) return;
    received[platform]++;
    const b = behaviour[platform];
    if (b.downUntil !== null && clock().getTime() < b.downUntil) {
      reply.hijack();
      req.raw.socket.destroy();
      return reply;
    }
    if (b.delayMs > 0) await sleep(b.delayMs);
    const check = verifyRequest(
      secret,
      {
        method: req.method,
        path: req.url,
        timestamp: header(req, 'x-qinqing-timestamp'),
        signature: header(req, 'x-qinqing-signature'),
        body: req.rawBody ?? '',
      },
      Date.now(),
    );
    if (check !== 'ok') return reply.status(401).send({ error: `signature ${check}` });
    if (b.failNext > 0) {
      b.failNext--;
      return reply.status(503).send({ error: 'failing on purpose' });
    }
  });

  app.get('/fiscal/receipts', async (req, reply) => {
    const q = req.query as { decisionNo?: string; amount?: string };
    const amount = Number(q.amount);
    const receipt = data.receipts.find((r) => r.decisionNo === q.decisionNo && Math.abs(r.amount - amount) < 0.005);
    if (!receipt) return reply.status(404).send({ error: 'no receipt' });
    return { receipt };
  });

  app.get('/industry/rectifications', async (req) => {
    const q = req.query as { uscc?: string; decisionNo?: string };
    return { items: data.rectifications.filter((r) => r.uscc === q.uscc && (!q.decisionNo || r.decisionNo === q.decisionNo)) };
  });

  for (const platform of REPAIR_PLATFORMS) {
    app.post(`/${platform}/repairs`, async (req, reply) => {
      const key = header(req, 'idempotency-key');
      const body = (req.body ?? {}) as Record<string, unknown>;
      if (!key) return reply.status(400).send({ error: 'Idempotency-Key header required' });
      if (typeof body.recordId !== 'string' || typeof body.uscc !== 'string' || typeof body.action !== 'string') {
        return reply.status(422).send({ error: 'recordId, uscc and action are required' });
      }
      const seen = repairs[platform].get(key);
      if (seen) seen.times++;
      else {
        repairs[platform].set(key, {
          recordId: body.recordId,
          action: body.action,
          payload: body,
          firstAt: new Date().toISOString(),
          times: 1,
        });
      }
      const b = behaviour[platform];
      if (b.loseNext > 0) {
        b.loseNext--;
        return reply.status(503).send({ error: 'answer lost on purpose (the repair was applied)' });
      }
      return reply.status(seen ? 200 : 201).send({ accepted: true, duplicate: Boolean(seen) });
    });
  }

  app.post('/_sandbox/control', async (req, reply) => {
    const b = (req.body ?? {}) as Partial<Behaviour> & { platform?: string; downForMs?: number; up?: boolean };
    const platform = SANDBOX_PLATFORMS.find((p) => p === b.platform);
    if (!platform) return reply.status(422).send({ error: `platform must be one of ${SANDBOX_PLATFORMS.join(', ')}` });
    const cur = behaviour[platform];
    if (b.failNext !== undefined) cur.failNext = Math.max(0, Math.floor(b.failNext));
    if (b.loseNext !== undefined) cur.loseNext = Math.max(0, Math.floor(b.loseNext));
    if (b.delayMs !== undefined) cur.delayMs = Math.max(0, b.delayMs);
    if (b.downForMs !== undefined) cur.downUntil = clock().getTime() + b.downForMs;
    if (b.up) cur.downUntil = null;
    return { platform, ...cur, downUntil: cur.downUntil === null ? null : new Date(cur.downUntil).toISOString() };
  });

  app.post('/_sandbox/data', async (req) => {
    const b = (req.body ?? {}) as Partial<SandboxData>;
    data.receipts.push(...(b.receipts ?? []));
    data.rectifications.push(...(b.rectifications ?? []));
    return { receipts: data.receipts.length, rectifications: data.rectifications.length };
  });

  app.get('/_sandbox/deliveries', async (req, reply) => {
    const q = req.query as { platform?: string; recordId?: string };
    const platform = SANDBOX_PLATFORMS.find((p) => p === q.platform);
    if (!platform) return reply.status(422).send({ error: 'platform required' });
    const all = [...repairs[platform].values()];
    if (q.recordId) {
      const mine = all.filter((r) => r.recordId === q.recordId);
      return { platform, recordId: q.recordId, applied: mine.length, received: mine.reduce((n, r) => n + r.times, 0) };
    }
    return { platform, applied: all.length, requests: received[platform], records: all.map((r) => ({ recordId: r.recordId, action: r.action, times: r.times })) };
  });

  app.post('/_sandbox/reset', async () => {
    for (const p of SANDBOX_PLATFORMS) {
      behaviour[p] = fresh();
      repairs[p].clear();
      received[p] = 0;
    }
    return { ok: true };
  });

  return {
    app,
    data,
    repairs,
    async listen(port = 0, host = '127.0.0.1') {
      await app.listen({ port, host });
      const address = app.server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      return `http://${host}:${actual}`;
    },
    async close() {
      await app.close();
    },
  };
}

function header(req: FastifyRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}
