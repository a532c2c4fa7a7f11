/**
 * Every read of the hot operations routes to one shard on a Citus cluster (issue #18, "done when" 2): the
 * statements the enterprise file, an issuance and a first scan send are recorded and each is EXPLAINed with its
 * own parameters — a read of distributed tables must be a single-task (router) plan. Skipped, with the reason,
 * when TEST_DATABASE_URL is not a Citus coordinator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.js';
import { anyEnterprise, twoDepartmentTeams } from '../support/fixtures.js';
import { citusSkipReason, explain, reads, recordStatements, singleShard, type Statement } from '../support/citus.js';

const skipReason = await citusSkipReason();

describe('single-shard (router) plans on a Citus cluster', () => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    if (skipReason) return;
    t = await testApp({ enterpriseCount: 8 });
    url = (t.database as { url?: string }).url!;
  });
  afterAll(async () => t?.close());

  /** The reads that are not router plans, each with its plan. */
  const multiShard = async (statements: Statement[]) => {
    const out: string[] = [];
    for (const s of reads(statements)) {
      const plan = await explain(url, s);
      if (!singleShard(plan)) out.push(`${s.text}\n${plan}`);
    }
    return out;
  };
  const distributedReads = async (statements: Statement[]) => {
    let n = 0;
    for (const s of reads(statements)) if (/Citus Adaptive/.test(await explain(url, s))) n++;
    return n;
  };

  it('reads the enterprise file, issues a code and scans it, each read on one shard', async (ctx) => {
    ctx.skip(Boolean(skipReason), skipReason);
    const e = await anyEnterprise(t, 3);
    const teams = await twoDepartmentTeams(t);

    const file = await recordStatements(() => t.app.inject({ url: `/api/enterprises/${e.uscc}`, headers: { cookie: teams.market } }));
    expect(file.result.statusCode).toBe(200);
    expect(await distributedReads(file.statements), 'the file reads distributed tables').toBeGreaterThan(0);
    expect(await multiShard(file.statements), 'the enterprise file').toEqual([]);

    const start = new Date(t.clock.now.getTime() + 86_400_000);
    const issued = await recordStatements(() =>
      t.app.inject({
        method: 'POST',
        url: '/api/inspections',
        headers: { cookie: teams.market },
        payload: {
          enterpriseUscc: e.uscc,
          kind: 'planned',
          itemIds: [teams.marketItem],
          officerIds: [teams.o1, teams.o2],
          window: { start: start.toISOString(), end: new Date(start.getTime() + 4 * 3_600_000).toISOString() },
        },
      }),
    );
    expect(issued.result.statusCode, issued.result.body).toBe(201);
    expect(await distributedReads(issued.statements), 'the issuance reads distributed tables').toBeGreaterThan(0);
    expect(await multiShard(issued.statements), 'the issuance').toEqual([]);

    const code = issued.result.json().code as string;
    const scanned = await recordStatements(() => t.app.inject({ url: `/api/codes/${encodeURIComponent(code)}` }));
    expect(scanned.result.json().status).toBe('not-yet-valid');
    expect(await distributedReads(scanned.statements), 'the scan reads the visit').toBeGreaterThan(0);
    expect(await multiShard(scanned.statements), 'the scan').toEqual([]);
  });
});
