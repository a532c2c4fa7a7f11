/**
 * One generator worker: enterprises [from, to) with their inspections, evaluations, complaints, signals and
 * penalty records, each table through its own COPY stream (so PostgreSQL parses them on parallel backends).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Plan } from './base.js';
import { CopyWriter } from './copy.js';
import { STREAM, enterpriseAt } from './enterprises.js';
import { COMPLAINT_COLUMNS, EVALUATION_COLUMNS, INSPECTION_COLUMNS, SIGNAL_COLUMNS, inspectionContext, writeInspections, type Counts } from './inspections.js';
import { DECISION_KEY_COLUMNS, PENALTY_COLUMNS, writePenalties } from './penalties.js';
import { LICENCE_COLUMNS, LICENCE_NUMBER_COLUMNS, writeLicences } from './licences.js';
import { DAY_MS, TAG, idOf, line, streamOf } from './lib.js';

export interface WorkerInput {
  plan: Plan;
  databaseUrl: string;
  from: number;
  to: number;
  inspections: Int32Array;
  penalties: Int32Array;
  licences: Int32Array;
}

export const ENTERPRISE_COLUMNS = ['id', 'uscc', 'name', 'legal_representative', 'address', 'division_code', 'industry', 'above_designated_size', 'status', 'registered_on', 'phone', 'uscc_override', 'created_at', 'updated_at'] as const;

/** The id an enterprise row gets (the base data and the workers must agree). */
export const enterpriseIdOf = (plan: Plan, index: number) => idOf(plan.nowMs - 900 * DAY_MS + index, TAG.enterprise, index);

async function run(input: WorkerInput) {
  const { plan, databaseUrl, from, to } = input;
  const ctx = inspectionContext(plan);
  const w = {
    enterprise: new CopyWriter(databaseUrl, 'enterprise', ENTERPRISE_COLUMNS),
    inspection: new CopyWriter(databaseUrl, 'inspection', INSPECTION_COLUMNS),
    evaluation: new CopyWriter(databaseUrl, 'inspection_evaluation', EVALUATION_COLUMNS),
    complaint: new CopyWriter(databaseUrl, 'inspection_complaint', COMPLAINT_COLUMNS),
    signal: new CopyWriter(databaseUrl, 'supervision_signal', SIGNAL_COLUMNS),
    penalty: plan.credit ? new CopyWriter(databaseUrl, 'credit_penalty', PENALTY_COLUMNS) : undefined,
    decisionKey: plan.credit ? new CopyWriter(databaseUrl, 'credit_decision_key', DECISION_KEY_COLUMNS) : undefined,
    licence: plan.drugs ? new CopyWriter(databaseUrl, 'drug_licence', LICENCE_COLUMNS) : undefined,
    licenceNumber: plan.drugs ? new CopyWriter(databaseUrl, 'drug_licence_number', LICENCE_NUMBER_COLUMNS) : undefined,
  };
  const writers = Object.values(w).filter((x): x is CopyWriter => x !== undefined);
  await Promise.all(writers.map((x) => x.open()));
  const counts: Counts = { inspections: 0, evaluations: 0, complaints: 0, signals: 0 };
  let penalties = 0;
  let licences = 0;
  const licenceSink = { licence: (l: string) => w.licence!.push(l), licenceNumber: (l: string) => w.licenceNumber!.push(l) };
  const sink = {
    inspection: (l: string) => w.inspection.push(l),
    evaluation: (l: string) => w.evaluation.push(l),
    complaint: (l: string) => w.complaint.push(l),
    signal: (l: string) => w.signal.push(l),
    penalty: (l: string) => w.penalty!.push(l),
    decisionKey: (l: string) => w.decisionKey!.push(l),
  };
  const importedAt = new Date(plan.nowMs - 900 * DAY_MS).toISOString();
  let lastReport = Date.now();
  for (let i = from; i < to; i++) {
    const e = enterpriseAt(plan.seed, i);
    const id = enterpriseIdOf(plan, i);
    w.enterprise.push(line([id, e.uscc, e.name, e.legalRepresentative, e.address, e.divisionCode, e.industry, e.aboveDesignatedSize, e.status, e.registeredOn, e.phone, false, importedAt, importedAt]));
    writeInspections(ctx, e, id, input.inspections[i - from]!, streamOf(plan.seed, i, STREAM.inspections), sink, counts);
    penalties += writePenalties(ctx, e, id, input.penalties[i - from]!, streamOf(plan.seed, i, STREAM.penalties), sink);
    if (plan.drugs) licences += writeLicences(plan.nowMs, plan.drugs.issuingDepartmentId, e, id, input.licences[i - from]!, streamOf(plan.seed, i, STREAM.licences), licenceSink);
    if ((i & 63) === 0) for (const x of writers) await x.flush();
    if (Date.now() - lastReport > 2000) {
      lastReport = Date.now();
      parentPort?.postMessage({ type: 'progress', enterprises: i + 1 - from, ...counts, penalties, licences });
    }
  }
  await Promise.all(writers.map((x) => x.close()));
  parentPort?.postMessage({ type: 'done', enterprises: to - from, ...counts, penalties, licences });
}

if (parentPort && workerData) {
  run(workerData as WorkerInput).catch((err: unknown) => {
    parentPort!.postMessage({ type: 'error', message: err instanceof Error ? `${err.message}\n${err.stack}` : String(err) });
  });
}
