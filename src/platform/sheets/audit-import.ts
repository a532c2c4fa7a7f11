import { recordAudit } from '../audit/record.js';
import type { DbOrTx } from '../db/client.js';
import type { Ctx } from '../policy/actor.js';
import type { Sheet } from './read-sheet.js';

export interface ImportCounts {
  imported: number;
  updated: number;
  unchanged: number;
  errors: readonly { row: number }[];
}

/**
 * The audit row of an import, in its transaction: the file (its SHA-256 is the target), format and rows read,
 * what was written, how many rows were refused, and the import's own facts (`detail`).
 */
export async function auditImport(
  tx: DbOrTx,
  ctx: Ctx,
  entry: {
    action: string;
    targetType: string;
    sheet: Sheet<string>;
    counts: ImportCounts;
    detail?: Record<string, unknown>;
  },
): Promise<void> {
  const { sheet, counts } = entry;
  await recordAudit(tx, ctx, {
    action: entry.action,
    targetType: entry.targetType,
    targetId: sheet.file.sha256,
    detail: {
      ...sheet.file,
      format: sheet.format,
      rows: sheet.rows.length,
      imported: counts.imported,
      updated: counts.updated,
      unchanged: counts.unchanged,
      invalidRows: new Set(counts.errors.map((e) => e.row)).size,
      ...entry.detail,
    },
  });
}
