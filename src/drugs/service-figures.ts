/**
 * D4–D6 figures beside the licence figures (seed: 677 revisit forms, 300+ follow-ups, 6 batches / 44 typical
 * cases): service records by kind with the questions answered and enterprises served, decisions explained,
 * 回头看 forms sent and answered with the return rate, rectification items closed, typical-case batches and cases
 * published. Counted live from drugs' own tables (rectification items of drug-regulation departments only: other
 * departments' inspection results open items there too).
 */
import { inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../platform/db/client.js';
import { rows } from '../platform/db/client.js';
import { wholeNumberFields } from '../platform/http/whole-number-fields.js';
import { departments } from '../organisation/schema.js';
import { DRUG_FIELDS } from './policy.js';
import { returnRate } from './rules/followup.js';
import {
  decisionExplanations,
  followupForms,
  followupSurveys,
  rectifications,
  serviceRecords,
  typicalCaseBatches,
} from './schema.js';

export const serviceFiguresSchema = z.object({
  ...wholeNumberFields(['extraHours', 'teachings', 'questionsAnswered', 'enterprisesServed', 'decisionsExplained']),
  ...wholeNumberFields(['surveys', 'formsSent', 'formsAnswered']),
  returnRate: z.number().nullable(),
  ...wholeNumberFields(['rectificationsClosed', 'caseBatchesPublished', 'casesPublished']),
});

export async function serviceFigures(db: Db): Promise<z.infer<typeof serviceFiguresSchema>> {
  const [f] = await rows<Omit<z.infer<typeof serviceFiguresSchema>, 'returnRate'>>(
    db,
    sql`SELECT
          (SELECT count(*) FROM ${serviceRecords} WHERE kind = 'extra-hour')::int AS "extraHours",
          (SELECT count(*) FROM ${serviceRecords} WHERE kind = 'on-site-teaching')::int AS teachings,
          (SELECT coalesce(sum(jsonb_array_length(questions)), 0) FROM ${serviceRecords})::int AS "questionsAnswered",
          (SELECT count(DISTINCT enterprise_id) FROM ${serviceRecords})::int AS "enterprisesServed",
          (SELECT count(*) FROM ${decisionExplanations})::int AS "decisionsExplained",
          (SELECT count(*) FROM ${followupSurveys})::int AS surveys,
          (SELECT count(*) FROM ${followupForms})::int AS "formsSent",
          (SELECT count(*) FROM ${followupForms} WHERE answered_at IS NOT NULL)::int AS "formsAnswered",
          (SELECT count(*) FROM ${rectifications} WHERE status = 'closed' AND department_id IN (SELECT id FROM ${departments} WHERE ${inArray(departments.field, [...DRUG_FIELDS])}))::int AS "rectificationsClosed",
          (SELECT count(*) FROM ${typicalCaseBatches} WHERE published)::int AS "caseBatchesPublished",
          (SELECT coalesce(sum(jsonb_array_length(cases)), 0) FROM ${typicalCaseBatches} WHERE published)::int AS "casesPublished"`,
  );
  return { ...f!, returnRate: returnRate(f!.formsAnswered, f!.formsSent) };
}
