/**
 * `npm run sandbox` — the credit platforms' sandbox alone, on loopback:
 *   SANDBOX_PORT (default 3100), SANDBOX_HOST (default 127.0.0.1), CREDIT_SIGNING_SECRET (as the app's).
 * It holds the fine receipts and rectification records of the demo city (as seeded today with the default
 * seed and 320 enterprises). Point the app at it with CREDIT_PLATFORMS_URL=http://127.0.0.1:3100.
 */
import { createSandbox } from './server.js';
import { demoCreditPlan, demoSandboxData } from '../credit/demo-plan.js';
import { createRandom } from '../platform/demo/random.js';
import { generateEnterprises } from '../demo/data/enterprises.js';
import { DIVISIONS } from '../identifiers/index.js';
import { WUHU } from '../demo/departments.js';
import { chinaDay } from '../organisation/certificate.js';
import { DEV_SIGNING_SECRET } from '../credit/config.js';

/** The demo registry as `seedDemo` makes it (its random generator's first use is the enterprises). */
function demoEnterprises(count = 320) {
  const counties = DIVISIONS.filter((d) => d.parentCode === WUHU).map((d) => ({ code: d.code, name: d.name }));
  return generateEnterprises(createRandom(20261127), count, counties).map((e, i) => ({ ...e, id: `demo-${i}` }));
}

async function main() {
  const port = Number(process.env.SANDBOX_PORT) || 3100;
  const host = process.env.SANDBOX_HOST || '127.0.0.1';
  const data = demoSandboxData(demoCreditPlan(demoEnterprises(), chinaDay(new Date())));
  const sandbox = createSandbox({ secret: process.env.CREDIT_SIGNING_SECRET || DEV_SIGNING_SECRET, data, logger: true });
  const url = await sandbox.listen(port, host);
  console.log(`\n  Credit platforms sandbox at ${url}  (${data.receipts.length} receipts, ${data.rectifications.length} rectification records)`);
  console.log(`  Run the app with CREDIT_PLATFORMS_URL=${url}\n`);
  const stop = () => void sandbox.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
