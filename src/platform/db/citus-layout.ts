/**
 * Where each table lives on a Citus cluster (docs/DEPLOYMENT.md, "A Citus cluster"). Applied after the migrations
 * whenever the database has the `citus` extension; PGlite and plain PostgreSQL ignore it. Every table of the
 * schema is named here once (test/citus/layout.test.ts checks it), so a new table needs a deliberate home.
 */

/** Tables of one enterprise's data: distributed by the enterprise id, all in `enterprise`'s co-location group. */
export const BY_ENTERPRISE: readonly string[] = [
  'inspection',
  'inspection_evaluation',
  'inspection_complaint',
  'inspection_enterprise_figures',
  // A visit's figure changes, appended by its writer on the visit's shard; the rollup folds them (figures-rollup).
  'inspection_figure_change',
  // Their share of the per-enterprise figures held until the visit's window starts (figures-rollup folds it then).
  'inspection_figure_pending',
  'credit_penalty',
  'credit_application',
  'checkup_invitation',
  'checkup_finding',
  'checkup_contact',
  'drug_licence',
  'drug_licence_reminder',
  'drug_compliance_notice',
  'drug_decision_explanation',
  'drug_followup_form',
  'drug_rectification',
  'drug_rectification_event',
  'drug_service_record',
  'drug_warning_recipient',
  'proof_commitment',
  'revisit',
];

/** Tables distributed by a key of their own: [table, distribution column, co-located with]. */
export const BY_OWN_KEY: readonly (readonly [string, string, string])[] = [
  // The USCC registry: a registration's claim goes to the one shard of its USCC.
  ['enterprise_uscc', 'uscc', 'none'],
  // A person's notifications and contact channels, read and written by the person.
  ['notification', 'user_id', 'none'],
  ['notification_contact', 'user_id', 'notification'],
];

/** Catalogs: small, read by every shard's joins, rarely written — a copy on every node (reference tables). */
export const REFERENCE: readonly string[] = [
  'division',
  'department',
  'team',
  'officer',
  'calendar_day',
  'inspection_item',
  'inspection_cap',
  'joint_scenario',
  'joint_scenario_item',
  'credit_rule_set',
  'credit_department_rule_set',
  'checkup_checklist',
  'checkup_expert',
  'checkup_campaign',
  'drug_licence_kind',
  'drug_followup_survey',
  'drug_warning',
  'drug_typical_case_batch',
  'proof_kind',
  'proof_interface',
  'proof_service_item',
  'proof_material',
];

/** Tables that stay on the coordinator (plain local tables), each with the reason. */
export const ON_COORDINATOR: Readonly<Record<string, string>> = {
  app_user: 'identity: read on every request by the coordinator; enterprise users carry an enterprise id, staff none',
  session: 'sign-in sessions, looked up by token hash on every request',
  api_client: 'API keys, looked up by key hash on every request',
  signing_key: 'the code-signing keys, a handful of rows',
  audit_log: 'one hash chain in sequence order across the province (audit_seal seals it); a shard cannot order it',
  audit_seal: 'seals of the one audit chain',
  outbox: 'one queue claimed with FOR UPDATE SKIP LOCKED by every instance; the enterprise id is optional',
  job: 'the scheduler’s jobs, claimed with FOR UPDATE SKIP LOCKED',
  job_run: 'the scheduler’s run history',
  supervision_signal: 'enterprise id optional (department-wide signals)',
  signal_figure_change: 'figure changes of supervision signals, beside the signals; folded by the rollup',
  figures_rollup: 'each rollup’s last fold and its lock: one row per rollup',
  supervision_case: 'enterprise id optional; cases span departments',
  supervision_case_event: 'events of supervision cases (with them)',
  hotline_ticket: 'the enterprise is matched after intake (enterprise id assigned later)',
  stored_file: 'files of staff and enterprises alike; the enterprise id is optional',
  random_draw: 'a department’s draw across many enterprises',
  revisit_draw: 'a period’s draw across many enterprises',
  inspection_day_figures: 'province-wide figures rows, written only by the rollup job (figures-rollup)',
  inspection_heat_figures: 'province-wide figures rows (as above)',
  signal_day_figures: 'province-wide figures rows of supervision signals',
  credit_decision_key: 'uniqueness of a department’s decision numbers across enterprises (a registry by department)',
  drug_licence_number: 'uniqueness of licence numbers across enterprises (a registry by kind and number)',
  proof_assist: 'requests between departments, not enterprise-keyed',
  proof_connector_call: 'calls to other platforms’ interfaces, not enterprise-keyed',
  proof_verification: 'verification receipts of officers, not enterprise-keyed',
  proof_spot_check: 'a department’s spot checks across enterprises',
};

type Query = (text: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

/** Whether the database is a Citus coordinator (has the `citus` extension). */
export async function isCitus(query: Query): Promise<boolean> {
  return (await query(`SELECT 1 AS one FROM pg_extension WHERE extname = 'citus'`)).length > 0;
}

/**
 * Distributes the layout when the database is a Citus coordinator; returns what it did (empty elsewhere, or when
 * already distributed). Row triggers on a table to distribute are dropped first: on a shard they could not write
 * the coordinator's province-wide rows. The schema has none (the figures are a rollup since migration 0014); this
 * stays for a database that still carries older ones.
 */
export async function distributeLayout(query: Query): Promise<string[]> {
  if (!(await isCitus(query))) return [];
  const done = new Set((await query(`SELECT logicalrelid::text AS t FROM pg_dist_partition`)).map((r) => String(r.t)));
  const did: string[] = [];
  const dropTriggers = async (table: string) => {
    const triggers = await query(`SELECT tgname FROM pg_trigger WHERE tgrelid = $1::regclass AND NOT tgisinternal`, [table]);
    for (const t of triggers) {
      await query(`DROP TRIGGER ${quote(String(t.tgname))} ON ${quote(table)}`);
      did.push(`dropped trigger ${String(t.tgname)} on ${table}`);
    }
  };
  const distribute = async (table: string, column: string, colocateWith: string) => {
    if (done.has(table)) return;
    await dropTriggers(table);
    await query(`SELECT create_distributed_table($1, $2, colocate_with => $3)`, [table, column, colocateWith]);
    did.push(`${table} distributed by ${column}`);
  };
  await distribute('enterprise', 'id', 'none');
  for (const table of BY_ENTERPRISE) await distribute(table, 'enterprise_id', 'enterprise');
  for (const [table, column, colocateWith] of BY_OWN_KEY) await distribute(table, column, colocateWith);
  for (const table of REFERENCE) {
    if (done.has(table)) continue;
    await query(`SELECT create_reference_table($1)`, [table]);
    did.push(`${table} a reference table`);
  }
  return did;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
