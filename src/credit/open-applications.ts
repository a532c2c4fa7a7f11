import { and, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db/client.js';
import type { OpenApplicationStatus } from './rules/repair-state.js';
import { repairApplications as a } from './schema.js';

/**
 * The open application's status of each record that has one (at most one per record: credit_application_open_key).
 * Records name their enterprise: on a Citus cluster the read goes only to those enterprises' shards.
 */
export async function openApplicationsOf(db: DbOrTx, records: readonly { id: string; enterpriseId: string }[]): Promise<Map<string, OpenApplicationStatus>> {
  if (records.length === 0) return new Map();
  const found = await db
    .select({ penaltyId: a.penaltyId, status: a.status })
    .from(a)
    .where(
      and(
        inArray(a.enterpriseId, [...new Set(records.map((r) => r.enterpriseId))]),
        inArray(a.penaltyId, [...new Set(records.map((r) => r.id))]),
        inArray(a.status, ['pending', 'awaiting-proof']),
      ),
    );
  return new Map(found.map((r) => [r.penaltyId, r.status as OpenApplicationStatus]));
}

/** The open status among a record's applications (already read), if any. */
export function openStatus(apps: readonly { status: string }[]): OpenApplicationStatus | null {
  const open = apps.find((x) => x.status === 'pending' || x.status === 'awaiting-proof');
  return open ? (open.status as OpenApplicationStatus) : null;
}
