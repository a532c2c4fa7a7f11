/**
 * `npm run audit:verify [-- --from-seq N]` — seals the pending audit rows, then verifies the whole SM3 chain of
 * the configured database (DATABASE_URL, or the embedded database in DATA_DIR) against the last seal signed with
 * the anchor key (AUDIT_ANCHOR_KEY_FILE) and prints a summary; rows after that seal are reported as unsealed.
 * Exit code: 0 chain intact, 1 chain broken (the first broken row is named), 2 could not run.
 *
 * The embedded database is single-process: stop the server before running this against its DATA_DIR (or use
 * GET /api/admin/audit/verify on the running server instead).
 */
import fs from 'node:fs';
import { loadConfig } from '../config/config.js';
import { openDatabase, type Database } from '../db/client.js';
import { sealAllPending } from './seal.js';
import { fileAuditAnchor } from './anchor-file.js';
import { describeAuditReport, verifyAuditChain } from './verify.js';

function fromSeqArg(argv: string[]): number | undefined {
  const i = argv.findIndex((a) => a === '--from-seq' || a.startsWith('--from-seq='));
  if (i < 0) return undefined;
  const raw = argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--from-seq needs a positive integer, got ${raw}`);
  return n;
}

async function main(): Promise<number> {
  const fromSeq = fromSeqArg(process.argv.slice(2));
  const config = loadConfig();
  if (!config.databaseUrl && !fs.existsSync(config.dataDir)) {
    throw new Error(`no embedded database at ${config.dataDir} (set DATA_DIR or DATABASE_URL)`);
  }
  let database: Database | undefined;
  try {
    database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 });
    await database.migrate();
    const anchor = fileAuditAnchor(config.auditAnchorKeyFile);
    const newlySealed = await sealAllPending(database.db, { anchor });
    const report = await verifyAuditChain(database.db, { fromSeq, anchor });
    const where =
      database.kind === 'embedded' ? `embedded database ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)';
    console.log(`# ${where}${fromSeq ? `, from seq ${fromSeq}` : ''}`);
    for (const line of describeAuditReport(report, newlySealed)) console.log(line);
    return report.ok ? 0 : 1;
  } finally {
    await database?.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(
      '审计链校验无法完成 / Audit verification could not run:',
      err instanceof Error ? err.message : err,
    );
    process.exit(2);
  },
);
