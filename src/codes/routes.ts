import { z } from 'zod';
import QRCode from 'qrcode';
import type { RegisterRoutes } from '../platform/http/types.js';
import { rotateCodeKey } from './rotate-code-key.js';
import { scanCode, type ScanResult } from '../inspections/index.js';
import { codePolicies as P } from './policy.js';
import { ANONYMOUS } from '../platform/policy/route-policy.js';
import * as R from './responses.js';
import { memoisedSerializer } from '../platform/http/serializer.js';

const codeParams = z.object({ code: z.string().min(1).max(400) });

export const codeRoutes: RegisterRoutes = (app, deps) => {
  // A scan answered from memory hands out the same answer object: its JSON is made once (by the same schema).
  const scanJson = memoisedSerializer<ScanResult>(R.verifyCode[200], 'GET', '/api/codes/:code');

  app.get(
    '/api/codes/keys',
    { config: { policy: ANONYMOUS }, schema: { operationId: 'listCodeKeys', response: R.listCodeKeys, tags: ['codes'], summary: 'Public keys to verify inspection codes offline (Ed25519 SPKI PEM or SM2 hex)' } },
    async () => ({ keys: deps.keyring.publicKeys(), format: '<kid>.<base64url payload (61 bytes)>.<base64url signature>' }),
  );

  app.post('/api/codes/keys/rotate', { config: { policy: P.rotateKey }, schema: { operationId: 'rotateCodeKey', response: R.rotateCodeKey, tags: ['codes'], summary: 'Rotate the signing key (admin); old codes still verify' } }, async (req) =>
    rotateCodeKey(deps.database.db, deps.keyring, req.ctx),
  );

  app.get(
    '/api/codes/:code',
    { config: { policy: ANONYMOUS }, schema: { operationId: 'verifyCode', response: R.verifyCode, tags: ['codes'], summary: 'Verify a scanned inspection code (no login): valid / not-yet-valid / expired / revoked / done / invalid', params: codeParams } },
    async (req, reply) => {
      const seen: { fromMemory?: boolean } = {};
      const result = await scanCode(deps, req.params.code, req.ctx.now, seen);
      // Whether the answer came from memory or read the database (the bench counts hits).
      reply.header('x-cache', seen.fromMemory ? 'hit' : 'miss');
      // A JSON string with a JSON content type is sent as it is (Fastify serialises only objects).
      return reply.type('application/json; charset=utf-8').send(scanJson(result) as unknown as ScanResult);
    },
  );

  app.get(
    '/api/codes/:code/qr.:format',
    { config: { policy: ANONYMOUS }, schema: { operationId: 'getCodeQr', response: R.getCodeQr, tags: ['codes'], summary: 'QR image (png or svg) encoding {PUBLIC_BASE_URL}/v/{code}', params: codeParams.extend({ format: z.enum(['png', 'svg']) }) } },
    async (req, reply) => {
      const url = `${deps.config.publicBaseUrl}/v/${encodeURIComponent(req.params.code)}`;
      const opts = { errorCorrectionLevel: 'M' as const, margin: 2, width: 360 };
      if (req.params.format === 'svg') return reply.type('image/svg+xml').send(await QRCode.toString(url, { ...opts, type: 'svg' }));
      return reply.type('image/png').send(await QRCode.toBuffer(url, opts));
    },
  );
};
