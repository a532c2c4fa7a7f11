import { api, ApiError, HTTP_ERROR, NETWORK_ERROR, type ProblemDetails } from '../api/client';
import { childPath } from '../api/paths';
import { getLocale, translate } from '../i18n/messages';
import type { ApplyInput, ApplyOutcome, ComplaintCategory, EvaluationInput, ResultInput } from './types';

export const INSPECTIONS_PATH = '/api/inspections';

export const inspectionPath = childPath(INSPECTIONS_PATH);
/** GET: the public verification of a code (A6). */
export const codePath = childPath('/api/codes');
/** The QR image of a code; it encodes {PUBLIC_BASE_URL}/v/{code}. */
export const codeQrUrl = (code: string, format: 'svg' | 'png' = 'svg') => `${codePath(code)}/qr.${format}`;
/** The mobile page a scanned QR opens (no login). */
export const verifyPageUrl = childPath('/v');
/** The printable 检查告知书 of a code. */
export const noticePageUrl = childPath('/inspections/notice');

/** A shortened code for display; the full text is copyable. */
export const shortCode = (code: string) =>
  code.length > 24 ? `${code.slice(0, 12)}…${code.slice(-6)}` : code;

/**
 * A3 refusal (409 `planned-frequency-limit`): the existing planned code of the enterprise within the rule set’s planned window,
 * which the applicant may join (A4) with `joinInspectionId`.
 */
export class PlannedRefusal extends ApiError {
  readonly existingCode: string;
  readonly existingInspectionId: string;
  readonly existingStart: string | null;
  readonly canJoin: boolean;

  constructor(problem: ProblemDetails, extra: Record<string, unknown>) {
    super(problem);
    this.name = 'PlannedRefusal';
    this.existingCode = String(extra.existingCode);
    this.existingInspectionId = String(extra.existingInspectionId);
    this.existingStart = typeof extra.existingStart === 'string' ? extra.existingStart : null;
    this.canJoin = extra.canJoin !== false;
  }
}

function problemOf(body: Record<string, unknown>, status: number): ProblemDetails {
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    type: text(body.type) || 'about:blank',
    title: text(body.title),
    status,
    detail: text(body.detail) || text(body.title) || translate(getLocale(), 'error.http', { status }),
    code: text(body.code) || HTTP_ERROR,
    errors: Array.isArray(body.errors) ? (body.errors as ProblemDetails['errors']) : undefined,
  };
}

/**
 * POST /api/inspections (A2–A5). The shared client keeps only the standard problem members, but the A3
 * refusal names the existing visit in extension members (`existingInspectionId`), so this one call reads
 * its problem itself and throws a PlannedRefusal for it. Any other failure is an ordinary ApiError; a 401
 * (which changed nothing) is replayed through the shared client so the session ends as everywhere else.
 */
export async function applyForCode(input: ApplyInput): Promise<ApplyOutcome> {
  let response: Response;
  try {
    response = await fetch(INSPECTIONS_PATH, {
      method: 'POST',
      headers: {
        Accept: 'application/json, application/problem+json',
        'Accept-Language': getLocale(),
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(input),
      credentials: 'same-origin',
    });
  } catch {
    const detail = translate(getLocale(), 'error.network');
    throw new ApiError({ type: 'about:blank', title: '', status: 0, detail, code: NETWORK_ERROR });
  }
  if (response.ok) return (await response.json()) as ApplyOutcome;
  if (response.status === 401) return api.post<ApplyOutcome>(INSPECTIONS_PATH, input);
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  const problem = problemOf(body, response.status);
  if (problem.code === 'planned-frequency-limit' && typeof body.existingInspectionId === 'string') {
    throw new PlannedRefusal(problem, body);
  }
  throw new ApiError(problem);
}

export const revokeInspection = (id: string, reason: string) =>
  api.post<void>(`${inspectionPath(id)}/revoke`, { reason });

export const recordResult = (id: string, input: ResultInput) =>
  api.post<{ late: boolean }>(`${inspectionPath(id)}/result`, input);

export const uploadPhoto = (id: string, file: File) =>
  api.upload<{ id: string; mime: string; size: number }>(`${inspectionPath(id)}/photos`, file);

export const evaluateInspection = (id: string, input: EvaluationInput) =>
  api.post<{ ok: true }>(`${inspectionPath(id)}/evaluation`, input);

export const complainAboutInspection = (
  id: string,
  input: { category: ComplaintCategory; content: string },
) => api.post<{ id: string }>(`${inspectionPath(id)}/complaint`, input);

export const confirmArrival = (id: string) =>
  api.post<{ arrivalConfirmedAt: string }>(`${inspectionPath(id)}/arrival`);
