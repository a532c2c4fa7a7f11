import { z } from 'zod';
import QRCode from 'qrcode';
import { rotateCodeKey } from './rotate-code-key.js';
import { scanCode, type ScanResult } from '../inspections/index.js';
import { codePolicies as P } from './policy.js';
import { ANONYMOUS } from '../platform/policy/route-policy.js';
import * as R from './responses.js';
import { memoisedSerializer } from '../platform/http/serializer.js';
import { defineRoutes } from '../platform/http/route.js';

const codeParams = z.object({ code: z.string().min(1).max(400) });

export const codeRoutes = defineRoutes(['codes'], ({ route, deps }) => {
  // A scan answered from memory hands out the same answer object: its JSON is made once (by the same schema).
  const scanJson = memoisedSerializer<ScanResult>(R.verifyCode[200], 'GET', '/api/codes/:code');

  route.get('/api/codes/keys', {
    policy: ANONYMOUS,
    operationId: 'listCodeKeys',
    summary: 'Public keys to verify inspection codes offline (Ed25519 SPKI PEM or SM2 hex)',
    response: R.listCodeKeys,
  }, async () => ({ keys: deps.keyring.publicKeys(), format: '<kid>.<base64url payload (61 bytes)>.<base64url signature>' }));

  route.post('/api/codes/keys/rotate', {
    policy: P.rotateKey,
    operationId: 'rotateCodeKey',
    summary: 'Rotate the signing key (admin); old codes still verify',
    response: R.rotateCodeKey,
  }, async (req) =>
    rotateCodeKey(deps.database.db, deps.keyring, req.ctx));

  route.get('/api/codes/:code', {
    policy: ANONYMOUS,
    operationId: 'verifyCode',
    summary: 'Verify a scanned inspection code (no login): valid / not-yet-valid / expired / revoked / done / invalid',
    params: codeParams,
    response: R.verifyCode,
  }, async (req, reply) => {
    const seen: { fromMemory?: boolean } = {};
    const result = await scanCode(deps, req.params.code, req.ctx.now, seen);
    // Whether the answer came from memory or read the database (the bench counts hits).
    reply.header('x-cache', seen.fromMemory ? 'hit' : 'miss');
    // A JSON string with a JSON content type is sent as it is (Fastify serialises only objects).
    return reply.type('application/json; charset=utf-8').send(scanJson(result) as unknown as ScanResult);
  });

  route.get('/api/codes/:code/qr.:format', {
    policy: ANONYMOUS,
    operationId: 'getCodeQr',
    summary: 'QR image (png or svg) encoding {PUBLIC_BASE_URL}/v/{code}',
    params: codeParams.extend({ format: z.enum(['png', 'svg']) }),
    response: R.getCodeQr,
  }, async (req, reply) => {
    const url = `${deps.config.publicBaseUrl}/v/${encodeURIComponent(req.params.code)}`;
    const opts = { errorCorrectionLevel: 'M' as const, margin: 2, width: 360 };
    if (req.params.format === 'svg') return reply.type('image/svg+xml').send(await QRCode.toString(url, { ...opts, type: 'svg' }));
    return reply.type('image/png').send(await QRCode.toBuffer(url, opts));
  });
});
