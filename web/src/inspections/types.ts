// Shapes of the inspection API (src/inspections/*): what the pages send and receive, as generated.
import { allOf, type Answer, type Body, type Item } from '../api/typed';

/** GET /api/inspections item and GET /api/inspections/{id}. */
export type Inspection = Item<'listInspections'>;
export type InspectionKind = Inspection['kind'];
export type InspectionStatus = Inspection['status'];
export type TimeWindow = Inspection['window'];
export type InspectionResult = NonNullable<Inspection['result']>;
export type Outcome = InspectionResult['outcome'];

/** POST /api/inspections body. */
export type ApplyInput = Body<'applyForInspectionCode'>;

/** 触发式 sources (A2), as the API names them. */
export type Trigger = NonNullable<ApplyInput['trigger']>;
export const TRIGGERS = allOf<Trigger>()(['complaint', 'superior', 'referral', 'enterprise-request', 'non-site-lead', 'emergency']);

/** POST /api/inspections 201. */
export type ApplyOutcome = Answer<'applyForInspectionCode', 201>;
/** A warning of a new code; `message` is in the caller's language. */
export type ApplyWarning = ApplyOutcome['warnings'][number];
/** A4: another department's visit of the same enterprise within the joint window (the rule set's days). */
export type JointProposal = Extract<NonNullable<ApplyOutcome['joint']>, { proposals: unknown }>['proposals'][number];

/** POST /api/inspections/{id}/result body. */
export type ResultInput = Body<'recordInspectionResult'>;

/** A8: five ratings of 1–5. */
export type EvaluationInput = Body<'evaluateInspection'>;
export type RatingDimension = Exclude<keyof EvaluationInput, 'comment'>;
export const RATING_DIMENSIONS = allOf<RatingDimension>()(['overall', 'conduct', 'integrity', 'efficiency', 'service']);

export type ComplaintCategory = Body<'complainAboutInspection'>['category'];
export const COMPLAINT_CATEGORIES = allOf<ComplaintCategory>()(['no-code', 'unpublished-item', 'misconduct', 'integrity', 'excessive', 'other']);
