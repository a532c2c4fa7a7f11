/**
 * Demo data of revisits (history only): last half year's draw, most of it revisited over the four channels, so
 * the figures, the trend and this round's raised ratios (G5) have something to show. This half year is left
 * for the demo supervisor to draw.
 */
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import type { DemoContext } from '../platform/parts/part.js';
import { users } from '../platform/auth/schema.js';
import { revisits, type Channel } from './schema.js';
import { drawInTx } from './draw-revisits.js';
import { periodOf, previousPeriod } from './rules/period.js';
import { QUESTIONNAIRES, indicatorCodes, type Answer } from './rules/questionnaire.js';
import { problemsOf } from './answers-input.js';

export async function seedRevisitsDemo(tx: Tx, demo: DemoContext): Promise<void> {
  if (!demo.history) return;
  const [u] = await tx.select().from(users).where(eq(users.username, 'supervisor'));
  if (!u) return;
  const ctx: Ctx = {
    actor: { kind: 'user', userId: u.id, username: u.username, displayName: u.displayName, role: u.role, departmentId: u.departmentId, teamId: u.teamId, officerId: null, enterpriseId: null },
    requestId: 'demo-seed',
    locale: 'zh-CN',
    ip: null,
    now: demo.now,
  };
  const period = previousPeriod(periodOf(demo.now));
  const draw = await drawInTx(tx, ctx, { period, seed: `demo-${period}`, ratio: 0.3 });
  if (!draw.id) return;
  const q = QUESTIONNAIRES.at(-1)!;
  const rows = await tx.select().from(revisits).where(eq(revisits.drawId, draw.id));
  const channels: Channel[] = ['phone', 'phone', 'on-site', 'online', 'social'];
  for (const r of rows) {
    if (!demo.rng.chance(0.8)) continue;
    // A weaker team (the first by id) draws more "no" answers: next round's ratio rises for it.
    const weak = r.workTeamId === rows[0]!.workTeamId;
    const answers: Record<string, Answer> = Object.fromEntries(indicatorCodes(q).map((c) => [c, demo.rng.chance(weak ? 0.15 : 0.02) ? 'no' : 'yes']));
    const problems = problemsOf(q, { answers, satisfied: true, problems: [] });
    const channel = demo.rng.pick(channels);
    await tx
      .update(revisits)
      .set({
        status: 'done',
        channel,
        questionnaireVersion: q.version,
        answers,
        satisfied: problems.length === 0 || demo.rng.chance(0.5),
        comment: problems.length ? '希望执法人员进一步规范' : '执法规范，服务周到',
        problems,
        callRecord: channel === 'phone' ? { phone: '0553-5550000', contact: '企业负责人', outcome: 'reached', minutes: demo.rng.int(3, 12) } : null,
        revisitedBy: channel === 'online' ? null : u.id,
        revisitedAt: new Date(demo.now.getTime() - demo.rng.int(10, 60) * 86_400_000),
      })
      .where(and(eq(revisits.enterpriseId, r.enterpriseId), eq(revisits.id, r.id)));
  }
}
