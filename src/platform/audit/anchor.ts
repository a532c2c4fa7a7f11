/**
 * H4 — the audit anchor: seals of the audit chain signed with a key the database does not hold.
 *
 * A seal states "the chain `chainId` had `rowCount` rows and its head (row `seq`) hashed `headHash` at
 * `sealedAt`", signed with Ed25519. The database keeps every seal (`audit_seal`), and the signer also keeps the
 * newest seal of each chain outside the database (`latestSeal`/`keepLatest`), so an insider who deletes the
 * newest rows and their seals is still caught. An insider with the database alone cannot make a seal: editing a
 * row and recomputing the SM3 chain to the head leaves the head's hash different from the one signed.
 *
 * `AuditAnchor` is the KMS-style seam: `sign` never exposes the private key. `fileAuditAnchor` is the one
 * implementation (a PKCS#8 PEM file, see anchor-file.ts); a KMS or HSM implementation signs remotely instead.
 */

export interface SealStatement {
  /** The id of the chain's first row (seq 1): names the chain, so seals of one database never vouch for another. */
  chainId: string;
  /** The head's seq when sealed. */
  seq: number;
  headHash: string;
  /** Rows in the chain at sealing (seq 1 … seq). */
  rowCount: number;
  sealedAt: Date;
}

export interface SignedSeal extends SealStatement {
  keyId: string;
  /** base64 Ed25519 signature over {@link sealMessage}. */
  signature: string;
}

export interface AuditAnchor {
  /** Names the key (the first 16 hex digits of the SHA-256 of its public half). */
  readonly keyId: string;
  readonly algorithm: 'ed25519';
  sign(statement: SealStatement): Promise<SignedSeal>;
  /** Whether `seal` was signed by this anchor's key (false for another key id or a bad signature). */
  verify(seal: SignedSeal): boolean;
  /** The newest seal of `chainId` kept outside the database, if any. */
  latestSeal(chainId: string): Promise<SignedSeal | undefined>;
  /** Keeps `seal` outside the database when it is newer than the one kept (after its transaction committed). */
  keepLatest(seal: SignedSeal): Promise<void>;
}

/** The exact bytes signed (version 1; changing it invalidates every seal). */
export function sealMessage(s: SealStatement): Buffer {
  return Buffer.from(
    ['QINQING-AUDIT-SEAL-v1', s.chainId, String(s.seq), s.headHash, String(s.rowCount), s.sealedAt.toISOString()].join(
      '\n',
    ),
    'utf8',
  );
}
