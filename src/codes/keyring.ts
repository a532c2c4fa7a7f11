import { eq } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import type { Db } from '../platform/db/client.js';
import { signingKeys } from './schema.js';
import { generateKey, loadKey, type Algorithm, type CodeKey } from './signers.js';

/**
 * The platform's signing keys, loaded once and cached. The active key signs; every key (active or retired)
 * verifies, so codes signed before a rotation still verify.
 */
export class Keyring {
  private keys = new Map<string, CodeKey>();
  private active: CodeKey | undefined;

  constructor(
    private readonly db: Db,
    private readonly algorithm: Algorithm,
  ) {}

  async load(now: Date): Promise<void> {
    let rows = await this.db.select().from(signingKeys);
    if (!rows.some((r) => r.status === 'active' && r.algorithm === this.algorithm)) {
      await this.rotate(now);
      rows = await this.db.select().from(signingKeys);
    }
    this.keys = new Map(rows.map((r) => [r.kid, loadKey(r)]));
    const active = rows.find((r) => r.status === 'active' && r.algorithm === this.algorithm);
    this.active = active ? this.keys.get(active.kid) : undefined;
  }

  /** Creates a new active key of the configured algorithm; earlier active keys are retired (still verify). */
  async rotate(now: Date): Promise<string> {
    const kid = `k${randomBytes(3).toString('hex')}`;
    const pair = generateKey(this.algorithm);
    await this.db.transaction(async (tx) => {
      await tx.update(signingKeys).set({ status: 'retired', retiredAt: now }).where(eq(signingKeys.status, 'active'));
      await tx.insert(signingKeys).values({ kid, algorithm: this.algorithm, ...pair, status: 'active', createdAt: now });
    });
    if (this.keys.size) await this.load(now);
    return kid;
  }

  signer(): CodeKey {
    if (!this.active) throw new Error('keyring not loaded');
    return this.active;
  }

  key(kid: string): CodeKey | undefined {
    return this.keys.get(kid);
  }

  private lastRefresh = 0;

  /**
   * A key this instance has not seen (rotated by another instance) is looked up again, at most once per
   * 5 s, so a forged kid cannot make every scan hit the database.
   */
  async resolve(kid: string, now: Date): Promise<CodeKey | undefined> {
    const known = this.keys.get(kid);
    if (known || now.getTime() - this.lastRefresh < 5_000) return known;
    this.lastRefresh = now.getTime();
    const rows = await this.db.select().from(signingKeys);
    for (const r of rows) if (!this.keys.has(r.kid)) this.keys.set(r.kid, loadKey(r));
    return this.keys.get(kid);
  }

  /** Public keys for offline verification by other systems. */
  publicKeys(): { kid: string; algorithm: Algorithm; publicKey: string; active: boolean }[] {
    return [...this.keys.values()].map((k) => ({ kid: k.kid, algorithm: k.algorithm, publicKey: k.publicKey, active: k === this.active }));
  }
}

declare module '../platform/http/types.js' {
  interface AppDeps {
    /** Signing keys of inspection codes (A5). */
    keyring: Keyring;
  }
}
