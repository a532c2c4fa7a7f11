import { openDatabase } from '../../src/platform/db/client.js';
import { seedDemo } from '../../src/demo/seed.js';
import { startNode } from '../lib/processes.js';
import { createThrowawayPostgres } from '../../scripts/lib/databases.js';
import { benchIssuanceAndScan } from '../figures/inspections.js';

const throwaway = await createThrowawayPostgres('postgres://postgres@127.0.0.1:5433/postgres', 'qq_prof');
const database = await openDatabase({ databaseUrl: throwaway.url, poolSize: 10 });
await database.migrate();
await seedDemo(database, new Date(), { enterpriseCount: 3000 });
const app = await startNode(['dist/server/main.js'], { DATABASE_URL: throwaway.url, QINQING_DEMO: '0', DATABASE_POOL_SIZE: '40', RATE_LIMIT: '0' }, '/api/health');
for (const mode of ['with', 'without', 'with', 'without']) {
  const on = mode === 'with';
  for (const t of ['inspection', 'supervision_signal']) await database.query(`ALTER TABLE ${t} ${on ? 'ENABLE' : 'DISABLE'} TRIGGER USER`);
  const a = await benchIssuanceAndScan(database, app.url, { clients: 32, seconds: 5 });
  console.log(mode, 'triggers: issuance', a.issuance.throughput.toFixed(0), 'p50', a.issuance.p50.toFixed(0), 'p99', a.issuance.p99.toFixed(0));
}
await app.stop();
await database.close();
await throwaway.drop();
process.exit(0);
