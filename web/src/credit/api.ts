import { api } from '../api/client';
import { childPath } from '../api/paths';
import type {
  Application,
  Delivery,
  PenaltyImportResult,
  PenaltyInput,
  ProofKind,
} from './types';

export const CREDIT_PATH = '/api/credit';
export const PENALTIES_PATH = `${CREDIT_PATH}/penalties`;
export const APPLICATIONS_PATH = `${CREDIT_PATH}/applications`;
export const DELIVERIES_PATH = `${CREDIT_PATH}/deliveries`;
export const FIGURES_PATH = `${CREDIT_PATH}/figures`;
export const GUIDE_PATH = `${CREDIT_PATH}/guide`;

export const penaltyPath = childPath(PENALTIES_PATH);
export const applicationPath = childPath(APPLICATIONS_PATH);
/** C6: the subject's active records (published, unrepaired, not expired). */
export const creditStatusPath = (uscc: string) => `${CREDIT_PATH}/${encodeURIComponent(uscc)}/status`;

/** Pages of the web app. */
export const GUIDE_PAGE = '/credit/guide';
export const MY_CREDIT_PAGE = '/my-credit';
export const myRecordPage = childPath(`${MY_CREDIT_PAGE}/records`);
export const REVIEWS_PAGE = '/credit/reviews';
export const reviewPage = childPath(REVIEWS_PAGE);

/** GET: the repair notice issued with the decision (两书同达). */
export const noticePath = (penaltyId: string) => `${penaltyPath(penaltyId)}/notice`;

/** C4: the enterprise applies; the system gathers the proofs and signs the commitment it accepted. */
export const applyForRepair = (penaltyId: string) =>
  api.post<Application>(APPLICATIONS_PATH, { penaltyId, commitment: { accepted: true } });

/** Asks the sources again for the proofs still missing. */
export const gatherAgain = (applicationId: string) =>
  api.post<Application>(`${applicationPath(applicationId)}/gather`);

/** Uploads a proof no source held (PDF or image, ≤ 10 MB). */
export const uploadProof = (applicationId: string, kind: ProofKind, file: File) =>
  api.upload<Application>(`${applicationPath(applicationId)}/proofs/${kind}`, file);

export const decideApplication = (applicationId: string, decision: 'approve' | 'reject', reason?: string) =>
  api.post<Application>(`${applicationPath(applicationId)}/${decision}`, reason ? { reason } : {});

export const resendDelivery = (deliveryId: string) =>
  api.post<Delivery>(`${DELIVERIES_PATH}/${encodeURIComponent(deliveryId)}/resend`);

export const invite = (penaltyId: string) =>
  api.post<{ id: string; invitedAt: string }>(`${penaltyPath(penaltyId)}/invitation`);

export const createPenalty = (input: PenaltyInput) =>
  api.post<{ id: string; severity: string; status: string }>(PENALTIES_PATH, input);

export const importPenalties = (file: File) =>
  api.upload<PenaltyImportResult>(`${PENALTIES_PATH}/import`, file);
