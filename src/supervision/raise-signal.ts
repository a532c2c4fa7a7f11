import type { DbOrTx } from '../platform/db/client.js';
import { newId } from '../platform/db/ids.js';
import { signals, sourceOfKind, type SignalKind, type SignalSource } from './schema.js';
import { recordSignalChanges } from './signal-changes.js';

export interface NewSignal {
  kind: SignalKind;
  /** Defaults to the kind's source (A9 and code data → `code-monitoring`, ratings and complaints → `enterprise-feedback` …). */
  source?: SignalSource;
  severity: 'low' | 'medium' | 'high';
  dedupeKey: string;
  enterpriseId?: string | null;
  inspectionId?: string | null;
  departmentId?: string | null;
  detail: Record<string, unknown>;
}

/**
 * B1 — puts a signal in the supervision inbox, in the caller's transaction, with no human step. The same cause
 * (same dedupe key) raises one signal: a repeat is ignored. Returns whether a new signal was raised.
 */
export async function raiseSignal(tx: DbOrTx, now: Date, s: NewSignal): Promise<boolean> {
  const inserted = await tx
    .insert(signals)
    .values({
      id: newId(),
      kind: s.kind,
      source: s.source ?? sourceOfKind(s.kind),
      severity: s.severity,
      dedupeKey: s.dedupeKey,
      enterpriseId: s.enterpriseId ?? null,
      inspectionId: s.inspectionId ?? null,
      departmentId: s.departmentId ?? null,
      detail: s.detail,
      createdAt: now,
    })
    .onConflictDoNothing({ target: signals.dedupeKey })
    .returning({ id: signals.id });
  await recordSignalChanges(tx, inserted.map((r) => r.id), 1);
  return inserted.length > 0;
}
