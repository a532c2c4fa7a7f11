import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import smCrypto from 'sm-crypto';

export type Algorithm = 'ed25519' | 'sm2';

/** One key of the keyring, ready to sign (if private) and verify. */
export interface CodeKey {
  kid: string;
  algorithm: Algorithm;
  publicKey: string; // SPKI PEM (Ed25519) or uncompressed hex (SM2)
  sign?(data: Buffer): Buffer;
  verify(data: Buffer, signature: Buffer): boolean;
}

export function generateKey(algorithm: Algorithm): { publicKey: string; privateKey: string } {
  if (algorithm === 'sm2') {
    const k = smCrypto.sm2.generateKeyPairHex();
    return { publicKey: k.publicKey, privateKey: k.privateKey };
  }
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

export function loadKey(k: { kid: string; algorithm: Algorithm; publicKey: string; privateKey?: string }): CodeKey {
  if (k.algorithm === 'sm2') {
    // GB/T 32918 SM2 with SM3 digest and the default user id (sm-crypto implements the standard scheme).
    const opts = { hash: true, der: false };
    return {
      kid: k.kid,
      algorithm: 'sm2',
      publicKey: k.publicKey,
      sign: k.privateKey ? (data) => Buffer.from(smCrypto.sm2.doSignature(Array.from(data), k.privateKey!, opts), 'hex') : undefined,
      verify: (data, sig) => {
        if (sig.length !== 64) return false;
        try {
          return smCrypto.sm2.doVerifySignature(Array.from(data), sig.toString('hex'), k.publicKey, opts);
        } catch {
          return false;
        }
      },
    };
  }
  const pub: KeyObject = createPublicKey(k.publicKey);
  const priv: KeyObject | undefined = k.privateKey ? createPrivateKey(k.privateKey) : undefined;
  return {
    kid: k.kid,
    algorithm: 'ed25519',
    publicKey: k.publicKey,
    sign: priv ? (data) => sign(null, data, priv) : undefined,
    verify: (data, sig) => sig.length === 64 && verify(null, data, pub, sig),
  };
}
