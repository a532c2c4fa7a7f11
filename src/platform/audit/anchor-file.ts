/**
 * The file implementation of the audit anchor: an Ed25519 private key in a PKCS#8 PEM file outside the database
 * (AUDIT_ANCHOR_KEY_FILE, default `<DATA_DIR>/audit-anchor/ed25519.pem`), generated with mode 0600 on first
 * start when absent; the newest seal of each chain is kept beside it (`heads/<chainId>.json`, replaced atomically).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, sign, verify, type KeyObject } from 'node:crypto';
import { sealMessage, type AuditAnchor, type SealStatement, type SignedSeal } from './anchor.js';

/** Reads the key file, creating it first when absent (safe when several processes start at once). */
function loadOrCreateKey(keyFile: string): KeyObject {
  if (!fs.existsSync(keyFile)) {
    fs.mkdirSync(path.dirname(keyFile), { recursive: true, mode: 0o700 });
    const { privateKey } = generateKeyPairSync('ed25519');
    const tmp = `${keyFile}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    fs.writeFileSync(tmp, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    try {
      fs.linkSync(tmp, keyFile); // fails if another process created it meanwhile: theirs wins
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    } finally {
      fs.unlinkSync(tmp);
    }
  }
  const key = createPrivateKey(fs.readFileSync(keyFile));
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`audit anchor key ${keyFile} is not an Ed25519 key`);
  return key;
}

const isChainId = (s: string) => /^[0-9a-f-]{36}$/i.test(s);

function parseSeal(text: string): SignedSeal | undefined {
  try {
    const o = JSON.parse(text) as Record<string, unknown>;
    if (typeof o.chainId !== 'string' || typeof o.seq !== 'number' || typeof o.headHash !== 'string') return undefined;
    if (typeof o.rowCount !== 'number' || typeof o.sealedAt !== 'string') return undefined;
    if (typeof o.keyId !== 'string' || typeof o.signature !== 'string') return undefined;
    return { ...(o as unknown as SignedSeal), sealedAt: new Date(o.sealedAt) };
  } catch {
    return undefined;
  }
}

export function fileAuditAnchor(keyFile: string): AuditAnchor {
  const privateKey = loadOrCreateKey(keyFile);
  const publicKey = createPublicKey(privateKey);
  const keyId = createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
  const headsDir = path.join(path.dirname(keyFile), 'heads');
  const headFile = (chainId: string) => {
    if (!isChainId(chainId)) throw new Error('audit anchor: malformed chain id');
    return path.join(headsDir, `${chainId.toLowerCase()}.json`);
  };

  const anchor: AuditAnchor = {
    keyId,
    algorithm: 'ed25519',
    async sign(statement: SealStatement): Promise<SignedSeal> {
      const signature = sign(null, sealMessage(statement), privateKey).toString('base64');
      return { ...statement, keyId, signature };
    },
    verify(seal: SignedSeal): boolean {
      if (seal.keyId !== keyId) return false;
      try {
        return verify(null, sealMessage(seal), publicKey, Buffer.from(seal.signature, 'base64'));
      } catch {
        return false;
      }
    },
    async latestSeal(chainId: string): Promise<SignedSeal | undefined> {
      try {
        return parseSeal(await fs.promises.readFile(headFile(chainId), 'utf8'));
      } catch {
        return undefined;
      }
    },
    async keepLatest(seal: SignedSeal): Promise<void> {
      const kept = await anchor.latestSeal(seal.chainId);
      if (kept && anchor.verify(kept) && kept.seq >= seal.seq) return;
      await fs.promises.mkdir(headsDir, { recursive: true, mode: 0o700 });
      const file = headFile(seal.chainId);
      const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      await fs.promises.writeFile(tmp, JSON.stringify({ ...seal, sealedAt: seal.sealedAt.toISOString() }), { mode: 0o600 });
      await fs.promises.rename(tmp, file);
    },
  };
  return anchor;
}
