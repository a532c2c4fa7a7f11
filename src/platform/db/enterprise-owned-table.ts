/**
 * An enterprise-owned table: one enterprise's data, which a Citus cluster distributes by the enterprise id
 * (./citus-layout.ts, BY_ENTERPRISE). Its first columns are `enterprise_id` and `id`, and its primary key is
 * `(enterprise_id, id)`, the distribution column first, so every unique key includes it.
 */
import type { BuildExtraConfigColumns } from 'drizzle-orm';
import { pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import type { PgColumnBuilderBase, PgTableExtraConfigValue } from 'drizzle-orm/pg-core';

/** New builders at each call: every table owns its columns. */
const keyColumns = () => ({
  enterpriseId: uuid('enterprise_id').notNull(),
  id: uuid('id').notNull(),
});

type Columns = Record<string, PgColumnBuilderBase>;
type ExtraConfig<TName extends string, TColumns extends Columns> = (
  self: BuildExtraConfigColumns<TName, ReturnType<typeof keyColumns> & TColumns, 'pg'>,
) => PgTableExtraConfigValue[];

/** `pgTable` with the key columns before `columns` and the primary key before the entries of `extraConfig`. */
export function enterpriseOwnedTable<TName extends string, TColumns extends Columns>(
  name: TName,
  columns: TColumns,
  extraConfig?: ExtraConfig<TName, TColumns>,
) {
  return pgTable(name, { ...keyColumns(), ...columns }, (t) => [
    primaryKey({ columns: [t.enterpriseId, t.id] }),
    ...(extraConfig?.(t) ?? []),
  ]);
}
