import { newId } from '../../src/platform/db/ids.js';
import { enterpriseUsccs, enterprises } from '../../src/enterprises/schema.js';
import type { TestApp } from './app.js';

const cn = (s: string) => new Date(`${s}+08:00`);

/**
 * A credit history written straight into the tables, for figures worked out by hand: fresh subjects (copies of
 * `firm` under USCCs `9134020000<tag>000<n>`, named `<label>企业<n>`) and penalty records of `departmentId`
 * decided on 1 January 2024 (decision numbers `<label>〔n〕号`). Times are China time (`2026-05-01T10:00:00`).
 */
export async function handMadeCredit(
  t: TestApp,
  o: { tag: string; label: string; firm: typeof enterprises.$inferSelect; departmentId: string },
) {
  const [anyRule] = await t.database.query<{ id: string }>('SELECT id FROM credit_rule_set LIMIT 1');
  let serial = 0;
  return {
    /** The n-th subject's enterprise id. */
    async subject(n: number): Promise<string> {
      const id = newId();
      const uscc = `9134020000${o.tag}000${n}`;
      await t.database.db.insert(enterprises).values({ ...o.firm, id, uscc, name: `${o.label}企业${n}` });
      await t.database.db.insert(enterpriseUsccs).values({ uscc, enterpriseId: id });
      return id;
    },
    /** A minor warning: repaired when `repairedAt` is given, publicity stopped when `expiredAt` is, else published. */
    penalty(
      enterpriseId: string,
      p: { repairedAt?: string; how?: 'automatic' | 'application'; expiredAt?: string; autoRepair?: boolean } = {},
    ) {
      return {
        id: newId(),
        enterpriseId,
        uscc: 'X',
        departmentId: o.departmentId,
        decisionNo: `${o.label}〔${++serial}〕号`,
        decisionDate: '2024-01-01',
        kinds: ['warning' as const],
        severity: 'minor' as const,
        ruleSetId: anyRule!.id,
        publicityClass: 'minor',
        autoRepair: p.autoRepair ?? true,
        status: p.repairedAt ? ('repaired' as const) : p.expiredAt ? ('expired' as const) : ('published' as const),
        source: 'api' as const,
        repairedAt: p.repairedAt ? cn(p.repairedAt) : null,
        repairedHow: p.how ?? null,
        expiredAt: p.expiredAt ? cn(p.expiredAt) : null,
        createdAt: cn('2024-01-01T10:00:00'),
      };
    },
  };
}
