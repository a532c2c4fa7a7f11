import { desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { newId } from '../db/ids.js';
import type { Ctx } from '../policy/actor.js';
import { requireUser } from '../policy/policy.js';
import { AppError } from '../errors/app-error.js';
import { recordAudit } from '../audit/record.js';
import { apiClients } from './schema.js';
import { randomToken, sha256 } from './tokens.js';
import { announceChange } from '../changes/change-feed.js';

/** Scopes an integration client may hold; `*` is every scope. */
export { API_SCOPES } from './scopes.js';

/** Creates an integration client; the key is shown once and stored only as its SHA-256. */
export async function createApiKey(db: Db, ctx: Ctx, input: { name: string; scopes: string[] }) {
  requireUser(ctx.actor, ['admin']);
  const key = `qq_${randomToken(24)}`;
  const id = newId();
  await db.transaction(async (tx) => {
    await tx.insert(apiClients).values({ id, name: input.name, keyHash: sha256(key), keyPrefix: key.slice(0, 8), scopes: input.scopes, createdAt: ctx.now });
    await recordAudit(tx, ctx, { action: 'api-key.create', targetType: 'api_client', targetId: id, detail: { name: input.name, scopes: input.scopes } });
  });
  return { id, name: input.name, scopes: input.scopes, key };
}

export async function listApiKeys(db: Db, ctx: Ctx) {
  requireUser(ctx.actor, ['admin']);
  const rows = await db.select().from(apiClients).orderBy(desc(apiClients.createdAt));
  return rows.map((r) => ({ id: r.id, name: r.name, keyPrefix: r.keyPrefix, scopes: r.scopes, status: r.status, createdAt: r.createdAt.toISOString() }));
}

export async function revokeApiKey(db: Db, ctx: Ctx, id: string) {
  requireUser(ctx.actor, ['admin']);
  await db.transaction(async (tx) => {
    const done = await tx.update(apiClients).set({ status: 'revoked' }).where(eq(apiClients.id, id)).returning({ id: apiClients.id });
    if (!done.length) throw new AppError(404, 'not-found');
    await announceChange(tx, 'api-client', id);
    await recordAudit(tx, ctx, { action: 'api-key.revoke', targetType: 'api_client', targetId: id });
  });
}
