/**
 * Starts the sandbox beside a running demo (for `src/main.ts`): it holds the fine receipts and rectification
 * records of the demo plan the database was seeded with — whatever day that was — and the app is pointed at it
 * (`setCreditConfig`, and the proof sources of part F: `setProofSourcesConfig`). Without demo penalty records the sandbox starts empty.
 */
import { sql } from 'drizzle-orm';
import { rows, type Database } from '../platform/db/client.js';
import { shiftDay } from '../credit/rules/days.js';
import { ANCHOR, demoCreditPlan, demoSandboxData, type PlanEnterprise } from '../credit/demo-plan.js';
import { creditConfigFor, DEV_SIGNING_SECRET, setCreditConfig } from '../credit/config.js';
import { proofSourcesConfigFor, setProofSourcesConfig } from '../proof-free/config.js';
import { createSandbox, type Sandbox } from './server.js';

/** The day the demo was seeded, read back from the plan's anchor record; null without demo data. */
export async function demoSeedDay(database: Database, registry: PlanEnterprise[]): Promise<string | null> {
  const first = registry.find((e) => e.industry === 'restaurant') ?? registry[0];
  if (!first) return null;
  const [found] = await rows<{ decision_date: string }>(
    database.db,
    sql`SELECT p.decision_date FROM credit_penalty p JOIN department d ON d.id = p.department_id
        WHERE p.source = 'demo' AND p.enterprise_id = ${first.id} AND d.code = ${ANCHOR.departmentCode} AND p.fine_amount = ${ANCHOR.fineAmount}
        ORDER BY p.decision_date LIMIT 1`,
  );
  return found ? shiftDay(String(found.decision_date).slice(0, 10), ANCHOR.daysAgo) : null;
}

export async function startDemoSandbox(
  database: Database,
  opts: { port?: number; host?: string; secret?: string; logger?: boolean; clock?: () => Date } = {},
): Promise<{ sandbox: Sandbox; url: string }> {
  // The seed writes enterprises in the order it generates them; their UUIDv7 ids keep that order.
  const registry = await rows<PlanEnterprise>(database.db, sql`SELECT id, uscc, name, industry FROM enterprise ORDER BY id`);
  const day = await demoSeedDay(database, registry);
  const data = day ? demoSandboxData(demoCreditPlan(registry, day)) : { receipts: [], rectifications: [] };
  const secret = opts.secret ?? DEV_SIGNING_SECRET;
  const sandbox = createSandbox({ secret, data, logger: opts.logger, clock: opts.clock });
  const url = await sandbox.listen(opts.port ?? 0, opts.host ?? '127.0.0.1');
  setCreditConfig(creditConfigFor(url, secret));
  setProofSourcesConfig(proofSourcesConfigFor(url, secret));
  return { sandbox, url };
}
