/**
 * The credit platforms' sandbox: a separate Fastify server on loopback playing
 *   /fiscal       财政电子票据公共服务平台 — GET /fiscal/receipts?decisionNo&amount
 *   /creditchina  信用中国 — POST /creditchina/repairs (idempotent by the `Idempotency-Key` header)
 *   /gsxt         国家企业信用信息公示系统 — POST /gsxt/repairs (same)
 *   /industry     an industry credit platform — GET /industry/rectifications?uscc&decisionNo, POST /industry/repairs
 *   /datashare    the data-sharing exchange (数据共享交换平台) — POST /datashare/records/{dataset} (proof-free, part F)
 *   /elicence     the e-licence library (电子证照库) — POST /elicence/records/{dataset}
 *   /othercity    another city's platform (cross-region requests) — POST /othercity/records/{dataset}
 *                 body {idNumber, legalBasis, consent:{method, at}, requestId} → {found, record}; 422 without
 *                 legal basis or consent. Whether a person is on record: the dataset's default, flipped for
 *                 the ID numbers listed as its exceptions.
 * Every platform request must be signed (HMAC-SHA256, see src/credit/connectors/signature.ts) — 401 otherwise.
 *
 * Test and control endpoints (unsigned; the server binds to loopback):
 *   POST /_sandbox/control {platform, failNext?, loseNext?, delayMs?, downForMs?, up?}
 *        failNext: answer 503 to the next N requests, before applying anything;
 *        loseNext: apply the next N repairs but answer 503 (the answer is "lost");
 *        delayMs: answer every request this much later; downForMs: drop connections for that long (sandbox clock)
 *   POST /_sandbox/data {receipts?, rectifications?}   add fiscal receipts and rectification records
 *   GET  /_sandbox/deliveries?platform&recordId        {applied: distinct repairs applied, received: requests}
 *   GET  /_sandbox/requests?platform&idNumber          the proof sources' request log (every request received,
 *                                                      signed or not): {items:[{platform, dataset, idNumber, at, status}]}
 *   POST /_sandbox/datasets {platform, dataset, defaultFound?, exceptions?}   define or change a dataset
 *   POST /_sandbox/reset                               forget deliveries, the request log and behaviours (data stays)
 */
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { setTimeout as sleep } from 'node:timers/promises';
import { verifyRequest } from '../credit/connectors/signature.js';
import type { FineReceipt } from '../credit/connectors/fiscal-receipts.js';
import type { Rectification } from '../credit/connectors/industry.js';
import { DEV_SIGNING_SECRET } from '../credit/config.js';

export const SANDBOX_PLATFORMS = ['fiscal', 'creditchina', 'gsxt', 'industry', 'datashare', 'elicence', 'othercity'] as const;
export type SandboxPlatform = (typeof SANDBOX_PLATFORMS)[number];
const REPAIR_PLATFORMS: readonly SandboxPlatform[] = ['creditchina', 'gsxt', 'industry'];
export const PROOF_SOURCE_PLATFORMS = ['datashare', 'elicence', 'othercity'] as const;
type ProofSourcePlatform = (typeof PROOF_SOURCE_PLATFORMS)[number];

/** A proof source's dataset: whether a person is on record by default, and the ID numbers that are the other way. */
export interface SandboxDataset {
  defaultFound: boolean;
  exceptions: Set<string>;
  /** What a found record says (besides the ID number). */
  record: Record<string, unknown>;
}

export interface ProofSourceRequest {
  platform: ProofSourcePlatform;
  dataset: string;
  idNumber: string | null;
  legalBasis: string | null;
  consentMethod: string | null;
  at: string;
  status: number;
}

/** The demo's proof sources (the datasets the demo register's interfaces name). */
export function defaultDatasets(): Record<ProofSourcePlatform, Record<string, SandboxDataset>> {
  const d = (defaultFound: boolean, record: Record<string, unknown>): SandboxDataset => ({ defaultFound, exceptions: new Set(), record });
  return {
    datashare: {
      'traffic-crimes': d(false, { source: '公安机关交通管理部门', kind: '交通肇事犯罪记录' }),
      'drink-driving': d(false, { source: '公安机关交通管理部门', kind: '饮酒后驾驶记录' }),
      'criminal-records': d(false, { source: '公安机关', kind: '违法犯罪记录' }),
      'social-insurance': d(true, { source: '人力资源和社会保障局', kind: '社会保险参保缴费记录', months: 36 }),
      'household-registration': d(true, { source: '公安机关', kind: '户籍登记' }),
      'marriage-registration': d(true, { source: '民政局', kind: '婚姻登记记录' }),
      'tax-payment': d(true, { source: '税务局', kind: '完税记录' }),
      'real-estate': d(true, { source: '不动产登记中心', kind: '不动产登记信息' }),
    },
    elicence: {
      'business-licence': d(true, { source: '市场监督管理局', kind: '电子营业执照' }),
      'driving-licence': d(true, { source: '公安机关交通管理部门', kind: '电子驾驶证' }),
      'id-card': d(true, { source: '公安机关', kind: '电子身份证' }),
      'disability-card': d(false, { source: '残疾人联合会', kind: '残疾人证' }),
    },
    othercity: {
      'traffic-crimes': d(false, { source: '外市公安机关交通管理部门', kind: '交通肇事犯罪记录', city: '合肥市' }),
      'drink-driving': d(false, { source: '外市公安机关交通管理部门', kind: '饮酒后驾驶记录', city: '合肥市' }),
      'residence': d(true, { source: '外市公安机关', kind: '居住登记', city: '合肥市' }),
    },
  };
}

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
  /** Every request the proof sources received, in order. */
  proofRequests: ProofSourceRequest[];
  datasets: Record<ProofSourcePlatform, Record<string, SandboxDataset>>;
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
  const datasets = defaultDatasets();
  const proofRequests: ProofSourceRequest[] = [];

  // close() ends every connection, busy or not: a caller that gave up on a delayed answer may leave a socket
  // the server still counts as active, and closing must not wait on it.
  const app = Fastify({ logger: opts.logger ?? false, forceCloseConnections: true });
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

  const proofSourceOf = (req: FastifyRequest) => PROOF_SOURCE_PLATFORMS.find((p) => p === platformOf(req));
  const logProofRequest = (req: FastifyRequest, status: number) => {
    const platform = proofSourceOf(req);
    if (!platform) return;
    const body = (req.body ?? {}) as { idNumber?: unknown; legalBasis?: unknown; consent?: { method?: unknown } };
    proofRequests.push({
      platform,
      dataset: req.url.split('?')[0]!.split('/')[3] ?? '',
      idNumber: typeof body.idNumber === 'string' ? body.idNumber : null,
      legalBasis: typeof body.legalBasis === 'string' ? body.legalBasis : null,
      consentMethod: typeof body.consent?.method === 'string' ? body.consent.method : null,
      at: new Date().toISOString(),
      status,
    });
  };
  app.addHook('onResponse', async (req, reply) => logProofRequest(req, reply.statusCode));

  app.addHook('preHandler', async (req, reply) => {
    const platform = platformOf(req);
    if (!platform) return;
    received[platform]++;
    const b = behaviour[platform];
    if (b.downUntil !== null && clock().getTime() < b.downUntil) {
      // A dropped connection has no response: logged here, with status 0.
      logProofRequest(req, 0);
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

  app.post('/:platform/records/:dataset', async (req, reply) => {
    const { platform: p, dataset: name } = req.params as { platform: string; dataset: string };
    const platform = PROOF_SOURCE_PLATFORMS.find((x) => x === p);
    const dataset = platform ? datasets[platform][name] : undefined;
    if (!platform || !dataset) return reply.status(404).send({ error: 'no such dataset' });
    const body = (req.body ?? {}) as { idNumber?: unknown; legalBasis?: unknown; consent?: { method?: unknown; at?: unknown } };
    if (typeof body.idNumber !== 'string' || !body.idNumber) return reply.status(422).send({ error: 'idNumber required' });
    if (typeof body.legalBasis !== 'string' || !body.legalBasis) return reply.status(422).send({ error: 'legalBasis required' });
    if (typeof body.consent?.method !== 'string' || typeof body.consent?.at !== 'string') {
      return reply.status(422).send({ error: 'the data subject\'s consent is required' });
    }
    const found = dataset.defaultFound !== dataset.exceptions.has(body.idNumber);
    return { found, record: found ? { ...dataset.record, idNumber: body.idNumber, recordNo: `${name}-${body.idNumber.slice(-6)}` } : null };
  });

  app.get('/_sandbox/requests', async (req) => {
    const q = req.query as { platform?: string; idNumber?: string };
    return {
      items: proofRequests.filter((r) => (!q.platform || r.platform === q.platform) && (!q.idNumber || r.idNumber === q.idNumber)),
    };
  });

  app.post('/_sandbox/datasets', async (req, reply) => {
    const b = (req.body ?? {}) as { platform?: string; dataset?: string; defaultFound?: boolean; exceptions?: string[]; record?: Record<string, unknown> };
    const platform = PROOF_SOURCE_PLATFORMS.find((x) => x === b.platform);
    if (!platform || !b.dataset) return reply.status(422).send({ error: `platform (${PROOF_SOURCE_PLATFORMS.join(', ')}) and dataset required` });
    const cur = (datasets[platform][b.dataset] ??= { defaultFound: false, exceptions: new Set(), record: {} });
    if (b.defaultFound !== undefined) cur.defaultFound = b.defaultFound;
    if (b.exceptions) cur.exceptions = new Set(b.exceptions);
    if (b.record) cur.record = b.record;
    return { platform, dataset: b.dataset, defaultFound: cur.defaultFound, exceptions: [...cur.exceptions] };
  });

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
    proofRequests.length = 0;
    return { ok: true };
  });

  return {
    app,
    data,
    repairs,
    proofRequests,
    datasets,
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
