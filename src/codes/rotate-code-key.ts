import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { recordAudit } from '../platform/audit/record.js';
import type { Keyring } from './keyring.js';

/** POST /api/codes/keys/rotate — a new signing key for new codes (admin; audited); old codes still verify. */
export async function rotateCodeKey(db: Db, keyring: Keyring, ctx: Ctx): Promise<{ kid: string }> {
  requireUser(ctx.actor, ['admin']);
  const kid = await keyring.rotate(ctx.now);
  await recordAudit(db, ctx, { action: 'codes.rotate-key', targetType: 'signing_key', targetId: kid });
  return { kid };
}
