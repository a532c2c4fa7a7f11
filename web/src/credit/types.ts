// Shapes of the credit-repair API (src/credit/routes.ts and the operation files it imports), as generated.
import { allOf, type Answer, type Body, type Item } from '../api/typed';

/** GET /api/credit/penalties item. */
export type Penalty = Item<'listPenalties'>;

export type PenaltyKind = Penalty['kinds'][number];
export const PENALTY_KINDS = allOf<PenaltyKind>()([
  'warning',
  'circulated-criticism',
  'fine',
  'confiscation',
  'licence-suspension',
  'licence-revocation',
  'production-suspension',
  'practice-restriction',
  'other',
]);

export type Severity = Penalty['severity'];
export const SEVERITIES = allOf<Severity>()(['minor', 'ordinary', 'serious']);

export type PenaltyStatus = Penalty['status'];
export const PENALTY_STATUSES = allOf<PenaltyStatus>()(['published', 'repaired', 'expired', 'not-published']);

/** How a published record can end: repaired automatically (免申即享), on application (无感申请), or only at its maximum. */
export type RepairPath = Penalty['repairPath'];

/**
 * What a record allows its subject today (C3/C4), judged by the server on the China day (`Penalty.today`):
 *   repaired / expired / not-published  the record is no longer shown (or never was)
 *   ended           published, but its maximum has passed (publicity stops with the next nightly run)
 *   automatic       免申即享: repaired by the system once its minimum passed and the penalty is performed
 *   apply-now       无感申请: the minimum has passed, the subject may apply
 *   apply-later     the minimum has not passed yet
 *   never-early     it only stops at its maximum
 *   in-review / awaiting-proof   an application is open
 */
export type RepairState = Penalty['state'];

/** minEnd: last day of the minimum period; maxEnd: the last day shown at most (最长公示至). */
export type Publicity = Penalty['publicity'];

/** GET /api/credit/penalties/{id} */
export type PenaltyDetail = Answer<'getPenalty'>;
export type RepairNotice = PenaltyDetail['notice'];
export type Application = PenaltyDetail['applications'][number];
export type ApplicationStatus = Application['status'];
export const APPLICATION_STATUSES = allOf<ApplicationStatus>()(['awaiting-proof', 'pending', 'approved', 'rejected']);
export type Proof = Application['proofs'][number];
export type ProofKind = Proof['kind'];
export const PROOF_KINDS = allOf<ProofKind>()(['fine-receipt', 'rectification']);
export type Check = Application['checks'][number];
export type Commitment = Application['commitment'];

/** A row of GET /api/credit/applications: the application with its record. */
export type ApplicationRow = Item<'listApplications'>;

/** GET /api/credit/applications/{id} */
export type ApplicationDetail = Answer<'getApplication'>;

/** GET /api/credit/deliveries: the page with counts by platform and status. */
export type DeliveryPage = Answer<'listDeliveries'>;
export type Delivery = DeliveryPage['items'][number];
export type DeliveryStatus = Delivery['status'];
export type DeliveryCount = DeliveryPage['counts'][number];

/** GET /api/credit/figures */
export type CreditFigures = Answer<'getCreditFigures'>;
export type RepairedSide = CreditFigures['repaired']['previousYear'];

/** GET /api/credit/guide (public) */
export type CreditGuide = Answer<'getCreditGuide'>;
export type GuideRuleSet = CreditGuide['ruleSets'][number];
export type GuideClass = GuideRuleSet['classes'][number];

/** POST /api/credit/penalties/import */
export type PenaltyImportResult = Answer<'importPenalties'>;

/** POST /api/credit/penalties body. */
export type PenaltyInput = Body<'recordPenalty'>;
