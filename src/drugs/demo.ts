/**
 * Demo data of drug regulation: licences of the demo city's pharmacies, device and cosmetics firms — enterprise2's
 * pharmacy holds one inside each reminder window (180, 90, 30 days) and one far from expiry, so the job
 * `licence-expiry-reminders` has work on its first run — two published warnings and a typical-case batch.
 */
import { sql } from 'drizzle-orm';
import { rows, type Tx } from '../platform/db/client.js';
import { newId } from '../platform/db/ids.js';
import { systemCtx } from '../platform/policy/actor.js';
import type { DemoSeeder } from '../platform/parts/part.js';
import { chinaDayOf, shiftDay } from '../calendar/index.js';
import { insertLicence } from './register-licence.js';
import { rectifications, typicalCaseBatches, warnings } from './schema.js';

const KIND_OF_INDUSTRY: Record<string, string> = {
  pharmacy: 'drug-retail',
  'medical-devices': 'medical-device-operation',
  cosmetics: 'cosmetics-production',
};
const PREFIX: Record<string, string> = {
  'drug-retail': '皖AA553',
  'drug-wholesale': '皖AB553',
  'medical-device-operation': '皖芜药监械经营许',
  'cosmetics-production': '皖妆',
};

export const seedDrugDemo: DemoSeeder = async (tx: Tx, demo) => {
  const dept = demo.deptIds.get('WH-YJ');
  if (!dept) return;
  const ctx = systemCtx('demo', demo.now);
  const today = chinaDayOf(demo.now);
  let serial = 1;
  const add = async (e: (typeof demo.enterprises)[number], kind: string, daysLeft: number, scope: string) => {
    const validUntil = shiftDay(today, daysLeft);
    await insertLicence(tx, ctx, {
      enterpriseId: e.id,
      holderUscc: e.uscc,
      industry: e.industry,
      kind,
      number: `${PREFIX[kind] ?? '皖'}${String(serial++).padStart(4, '0')}`,
      scope,
      issuingDepartmentId: dept,
      validFrom: shiftDay(validUntil, -5 * 365),
      validUntil,
      source: 'demo',
    });
  };

  const pharmacy = demo.enterprises.find((e) => e.industry === 'pharmacy');
  if (pharmacy) {
    // An item past its deadline: the job rectification-overdue puts it in the supervision inbox.
    await tx.insert(rectifications).values({
      enterpriseId: pharmacy.id,
      id: newId(),
      departmentId: dept,
      sourceType: 'case',
      sourceId: '芜药监罚〔2026〕8号',
      title: '阴凉区温湿度超标未及时调控',
      requirement: '配置空调并完善温湿度监测记录，整改完成后上传照片和记录',
      deadline: shiftDay(today, -3),
      status: 'open',
      createdBy: null,
      createdAt: new Date(demo.now.getTime() - 20 * 86_400_000),
      closedAt: null,
      overdueSignalledAt: null,
    });
    await add(pharmacy, 'drug-retail', 150, '处方药、甲类非处方药、乙类非处方药：中成药、化学药制剂、抗生素制剂、生化药品');
    await add(pharmacy, 'medical-device-operation', 60, '第三类医疗器械：6815 注射穿刺器械、6866 医用高分子材料及制品');
    await add(pharmacy, 'drug-wholesale', 20, '中成药、化学药制剂（批发）');
    await add(pharmacy, 'cosmetics-production', 900, '一般液态单元（护发清洁类）');
  }
  for (const e of demo.enterprises) {
    const kind = KIND_OF_INDUSTRY[e.industry];
    if (!kind || e.id === pharmacy?.id) continue;
    await add(e, kind, demo.rng.int(-30, 5 * 365), kind === 'drug-retail' ? '处方药、非处方药' : '一般经营范围');
  }

  await tx.insert(warnings).values([
    {
      id: newId(),
      departmentId: dept,
      kind: 'warning',
      topic: '药品零售',
      title: '关于规范处方药销售的风险提示',
      body: '近期检查发现部分药店存在无处方销售处方药、执业药师不在岗等问题。请各药品零售企业严格执行处方药凭处方销售制度，确保执业药师在岗履职。',
      attachmentIds: [],
      target: { industries: ['pharmacy'] },
      recipients: 0,
      publishedAt: new Date(demo.now.getTime() - 20 * 86_400_000),
      createdBy: 'drug_admin',
    },
    {
      id: newId(),
      departmentId: dept,
      kind: 'faq',
      topic: '许可证',
      title: '药品经营许可证到期换证常见问题解答',
      body: '问：许可证到期前多久申请换证？答：应在有效期届满前六个月至两个月期间向发证机关提出重新审查发证申请。问：逾期未换证怎么办？答：许可证有效期届满未换证的，不得继续从事药品经营活动。',
      attachmentIds: [],
      target: {},
      recipients: 0,
      publishedAt: new Date(demo.now.getTime() - 5 * 86_400_000),
      createdBy: 'drug_admin',
    },
  ]);
  const [{ n } = { n: 0 }] = await rows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM ${typicalCaseBatches}`);
  if (n === 0) {
    await tx.insert(typicalCaseBatches).values({
      id: newId(),
      year: Number(today.slice(0, 4)),
      batchNo: 1,
      title: `${today.slice(0, 4)}年药品安全典型案例`,
      departmentId: dept,
      cases: [
        { title: '某大药房无处方销售处方药案', facts: '执法人员检查发现当事人在执业药师不在岗的情况下销售处方药。', decision: '责令改正，给予警告。', lesson: '处方药须凭处方销售，执业药师应在岗履职。' },
        { title: '某医疗器械公司经营未备案第二类医疗器械案', facts: '当事人经营的第二类医疗器械未办理经营备案。', decision: '责令限期改正，罚款并没收违法所得。', lesson: '经营第二类医疗器械应依法备案。' },
      ],
      published: true,
      publishedAt: new Date(demo.now.getTime() - 10 * 86_400_000),
      createdAt: new Date(demo.now.getTime() - 12 * 86_400_000),
    });
  }
};
