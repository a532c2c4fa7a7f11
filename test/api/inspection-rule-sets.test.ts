/**
 * Issue 11, defect 10: part A's numbers come from the rule set in force at `now` — the built-in version, or a
 * province's own (INSPECTION_RULES_FILE) from its effective day (00:00 China time); every code records the set
 * and version it was issued under, and the issuance, refusal and precheck answers name it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { testApp, type TestApp } from '../support/app.js';
import { anyEnterprise, twoDepartmentTeams, applyForCode } from '../support/fixtures.js';
import { PART_A_RULE_SETS, type InspectionRuleSet } from '../../src/inspections/rules/rule-set.js';
import { provinceRuleSets } from '../../src/inspections/rule-config.js';
import { DAY, HOUR, win as windowOf } from '../support/time.js';

const province: InspectionRuleSet = {
  ...PART_A_RULE_SETS[0]!,
  id: 'province-test',
  version: 3,
  name: '测试省检查规则',
  effectiveFrom: '2026-12-01',
  source: 'test: a province’s notice',
  plannedWindowDays: 10,
  jointWindowDays: 5,
  resultDueDays: 5,
};
// 2026-12-01 00:00 in China.
const BOUNDARY = new Date('2026-11-30T16:00:00Z');

let t: TestApp;
let market: string, ecology: string;
let marketItem: string, ecologyItem: string;
let o1: string, o2: string, o3: string, o4: string;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'qinqing-rules-'));
  const file = path.join(dir, 'inspection-rules.json');
  writeFileSync(file, JSON.stringify([province]));
  t = await testApp({ now: '2026-11-27T02:00:00Z', config: { inspectionRulesFile: file } });
  ({ market, ecology, marketItem, ecologyItem, o1, o2, o3, o4 } = await twoDepartmentTeams(t));
});
afterAll(async () => t?.close());

/** A window opening an hour after the clock's now, `fromNowDays` days on. */
const win = (fromNowDays: number) => windowOf(t, fromNowDays, 8, HOUR);
const apply = (cookie: string, uscc: string, item: string, officerIds: string[], window: { start: string; end: string }) =>
  applyForCode(t, cookie, { enterpriseUscc: uscc, kind: 'planned', itemIds: [item], officerIds, window });
const precheck = (cookie: string, uscc: string, start: string) =>
  t.app.inject({ url: `/api/inspections/precheck?enterpriseUscc=${uscc}&kind=planned&start=${encodeURIComponent(start)}`, headers: { cookie } });
const stored = async (id: string) =>
  (await t.database.query<{ rule_set_id: string; rule_set_version: number; due: string; end: string }>(
    `SELECT rule_set_id, rule_set_version, result_due_at AS due, window_end AS "end" FROM inspection WHERE id = $1`,
    [id],
  ))[0]!;

/** The code was issued under `ruleSet` — in its answer and its row — with its result due `resultDueDays` after the window. */
async function expectIssuedUnder(res: Awaited<ReturnType<typeof apply>>, ruleSet: { id: string; version: number }, resultDueDays: number) {
  expect(res.statusCode, res.body).toBe(201);
  expect(res.json().ruleSet).toEqual(ruleSet);
  const row = await stored(res.json().id);
  expect([row.rule_set_id, row.rule_set_version]).toEqual([ruleSet.id, ruleSet.version]);
  expect(new Date(row.due).getTime() - new Date(row.end).getTime()).toBe(resultDueDays * DAY);
}

describe('part A rule set in force (issue 11, defect 10)', () => {
  it('before the province’s version takes effect: the built-in set decides, is named and recorded (8 days apart is allowed)', async () => {
    const e = await anyEnterprise(t, 3);
    const pre = await precheck(market, e.uscc, win(0).start);
    expect(pre.statusCode, pre.body).toBe(200);
    expect(pre.json().ruleSet).toMatchObject({ id: 'part-a', version: 1, effectiveFrom: PART_A_RULE_SETS[0]!.effectiveFrom });
    expect(pre.json().ruleSet.source).toContain('RULES.md');
    expect(pre.json().days).toEqual({ planned: 7, joint: 7 });

    const first = await apply(market, e.uscc, marketItem, [o1, o2], win(0));
    await expectIssuedUnder(first, { id: 'part-a', version: 1 }, 3);
    // Decided now, under the set in force now — even for a window after the province's effective day.
    const second = await apply(ecology, e.uscc, ecologyItem, [o3, o4], win(8));
    expect(second.statusCode, second.body).toBe(201);
    const audit = await t.database.query<{ detail: { ruleSet: unknown } }>(`SELECT detail FROM audit_log WHERE action = 'inspection.apply' AND target_id = $1`, [second.json().id]);
    expect(audit[0]!.detail.ruleSet).toEqual({ id: 'part-a', version: 1 });
  });

  it('from 00:00 China time of its effective day: the province’s numbers decide, and the answers and the code name its version', async () => {
    const saved = t.clock.now;
    t.clock.set(BOUNDARY);
    onTestFinished(() => t.clock.set(saved));
    const market = await t.login('officer1');
    const ecology = await t.login('officer3');
    const e = await anyEnterprise(t, 4);
    const pre = await precheck(market, e.uscc, win(0).start);
    expect(pre.json().ruleSet).toMatchObject({ id: 'province-test', version: 3, effectiveFrom: '2026-12-01' });
    expect(pre.json().days).toEqual({ planned: 10, joint: 5 });

    const first = await apply(market, e.uscc, marketItem, [o1, o2], win(0));
    await expectIssuedUnder(first, { id: 'province-test', version: 3 }, 5);

    // 8 days apart is now within the planned window of 10 days: the precheck and the application refuse, and
    // the message carries the set's number, not a hard-coded 7.
    const later = win(8);
    const pre2 = await precheck(ecology, e.uscc, later.start);
    expect(pre2.json().refused).toBe(true);
    const refused = await apply(ecology, e.uscc, ecologyItem, [o3, o4], later);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('planned-frequency-limit');
    expect(refused.json().detail).toContain('10 日内');
    expect(refused.json().ruleSet).toEqual({ id: 'province-test', version: 3 });
    expect(refused.json().days).toBe(10);
  });

  it('a rule-set file that does not parse is refused with its problem (the routes load it at start)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'qinqing-rules-bad-'));
    const file = path.join(dir, 'inspection-rules.json');
    writeFileSync(file, JSON.stringify([{ ...province, source: '' }]));
    expect(() => provinceRuleSets({ inspectionRulesFile: file })).toThrow(/INSPECTION_RULES_FILE/);
    writeFileSync(file, JSON.stringify([province, province]));
    expect(() => provinceRuleSets({ inspectionRulesFile: file })).toThrow(/each id and version appears once/);
  });
});
