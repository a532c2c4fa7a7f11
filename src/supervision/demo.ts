/**
 * Demo data of supervision (云督办): a few 12345 tickets (matched by USCC and by name, one waiting for a person,
 * one not about enforcement), and two cases — one answered and closed within its deadline, one still open.
 * The working-day calendar needs no seeding: the shipped 2026/2027 data (src/calendar/data) is in force on
 * every database, and deadlines here are counted on it.
 */
import { eq } from 'drizzle-orm';
import type { Tx } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { users } from '../platform/auth/schema.js';
import { userActor } from '../platform/auth/resolve-actor.js';
import type { DemoContext } from '../platform/parts/part.js';
import { upsertTicket } from '../hotline/index.js';
import { signals } from './schema.js';
import { openCaseInTx } from './open-case.js';
import { answerCaseInTx } from './answer-case.js';
import { closeCaseInTx } from './close-case.js';

const DAY = 86_400_000;

async function userCtx(tx: Tx, username: string, now: Date): Promise<Ctx> {
  const [u] = await tx.select().from(users).where(eq(users.username, username));
  if (!u) throw new Error(`demo account ${username} missing`);
  return {
    actor: userActor(u, null),
    requestId: 'demo-seed',
    locale: 'zh-CN',
    ip: null,
    now,
  };
}

export async function seedSupervisionDemo(tx: Tx, demo: DemoContext): Promise<void> {
  const at = (days: number, hour = 9) =>
    new Date(Math.floor((demo.now.getTime() + days * DAY) / DAY) * DAY + (hour - 8) * 3_600_000);
  const integration = (now: Date): Ctx => ({
    actor: { kind: 'system', name: 'demo-12345' },
    requestId: 'demo-seed',
    locale: 'zh-CN',
    ip: null,
    now,
  });
  const pick = (industry: string, skip = 0) =>
    demo.enterprises.filter((e) => e.industry === industry)[skip] ?? demo.enterprises[skip]!;
  const restaurant = pick('restaurant', 1);
  const other = demo.enterprises[5] ?? demo.enterprises[0]!;
  const third = demo.enterprises[7] ?? demo.enterprises[0]!;
  // As a caller would type it: a space inside, half-width brackets — matched by the normalised name.
  const spaced = `${restaurant.name.slice(0, 2)} ${restaurant.name.slice(2)}`
    .replace(/（/g, '(')
    .replace(/）/g, ')');

  const tickets = [
    {
      days: -21,
      ticketNo: 'WH12345-2026-0001',
      content: `${other.name}反映：一周内市场监管、生态环境等部门先后三次上门检查，内容重复，影响正常经营，希望合并检查。`,
      category: '涉企执法',
      enterpriseUscc: other.uscc,
    },
    {
      days: -3,
      ticketNo: 'WH12345-2026-0002',
      content: '反映执法人员入店检查时未出示检查码，检查后也未告知检查结果。',
      category: '行政执法',
      enterpriseName: spaced,
      callerPhone: '13955301234',
    },
    {
      days: -2,
      ticketNo: 'WH12345-2026-0003',
      content: '反映某建材商行被连续检查并被要求停业整顿，企业认为处罚依据不清。',
      category: '涉企执法',
      enterpriseName: '芜湖市某某建材商行',
      callerPhone: '0553-5123456',
    },
    {
      days: -1,
      ticketNo: 'WH12345-2026-0004',
      content: '小区门口路灯不亮，夜间出行不便。',
      category: '市政设施',
      callerPhone: '13800000000',
    },
    {
      days: -1,
      ticketNo: 'WH12345-2026-0005',
      content: '购买的商品与宣传不符，要求退货。',
      category: '消费维权',
      enterpriseUscc: third.uscc,
      callerPhone: '13700000001',
    },
  ];
  for (const t of tickets) {
    const { days, ...input } = t;
    await upsertTicket(
      tx,
      integration(at(days, 10)),
      { ...input, receivedAt: at(days, 9).toISOString() },
      { channel: 'api', receivedBy: null },
    );
  }

  const signalOf = async (ticketNo: string) => {
    const [s] = await tx
      .select({ id: signals.id })
      .from(signals)
      .where(eq(signals.dedupeKey, `hotline:${ticketNo}`));
    return s?.id;
  };
  const market = demo.deptIds.get('WH-SCJG')!;
  const ecology = demo.deptIds.get('WH-STHJ')!;

  // Case 1: opened from the first ticket 20 days ago, answered with evidence within 5 working days, closed.
  const s1 = await signalOf('WH12345-2026-0001');
  const opened1 = await openCaseInTx(tx, await userCtx(tx, 'supervisor', at(-20, 10)), {
    signalIds: s1 ? [s1] : [],
    departmentId: market,
    title: s1 ? undefined : '多头重复检查核查',
    instructions:
      '请核查该企业一周内被多部门重复检查的情况，说明各次检查的依据，今后同类检查通过“综合查一次”合并实施，并反馈整改措施。',
    workingDays: 5,
  });
  await answerCaseInTx(tx, await userCtx(tx, 'market_admin', at(-17, 16)), opened1.id, {
    text: '经核查，三次检查分别为食品安全双随机抽查、投诉举报核查和消防联合检查。已与生态环境局建立联查机制，今后对该企业的检查统一纳入“综合查一次”联查场景，并已向企业当面说明。',
    files: [
      {
        filename: '核查情况说明.pdf',
        data: Buffer.from('%PDF-1.4\n% 演示佐证材料\n%%EOF\n'),
        mime: 'application/pdf',
      },
    ],
  });
  await closeCaseInTx(tx, await userCtx(tx, 'supervisor', at(-16, 11)), opened1.id, {
    comment: '整改措施具体，同意办结。',
  });

  // Case 2: opened from the second ticket two days ago, awaiting the department.
  const s2 = await signalOf('WH12345-2026-0002');
  await openCaseInTx(tx, await userCtx(tx, 'supervisor', at(-2, 15)), {
    signalIds: s2 ? [s2] : [],
    departmentId: ecology,
    title: s2 ? undefined : '检查未亮码核查',
    instructions: '请核查执法人员入企检查是否出示检查码、是否按时上传检查结果，并向企业反馈核查结论。',
    workingDays: 5,
  });
}

