/**
 * F3 — POST /api/proof-free/verifications: the window verifies a proof instead of asking the applicant for it.
 * In order: the ID number (GB 11643), the proof kind, the applicant's consent (none → 422 `consent-required`, and
 * no connector is called), the applicant's identity through the chosen verifier; then the interface is queried
 * with the legal basis and the consent, and one transaction keeps the call (for the interface's health), the
 * verification (source, time, result, officer, consent) and the audit row naming the legal basis.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../platform/db/client.js';
import { newId } from '../platform/db/ids.js';
import { AppError } from '../platform/errors/app-error.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { recordAudit } from '../platform/audit/record.js';
import { checkApplicant } from './applicant.js';
import { CONSENT_METHODS, IDENTITY_METHODS, identityVerifier, isIdentityMethod } from './identity.js';
import { loadProofKind } from './load-proof-kind.js';
import { queryRecord } from './connectors/query-record.js';
import { proofSourcesConfig } from './config.js';
import { proofConnectorCalls, proofVerifications } from './schema.js';
import { VERIFIERS } from './policy.js';
import { proofResult } from './rules/result.js';

export const verificationInput = z.object({
  applicantIdNumber: z.string().trim().min(1).max(40),
  proofKind: z.string().trim().min(1).max(60),
  consent: z
    .object({
      method: z.enum(CONSENT_METHODS),
      at: z.iso.datetime({ offset: true }),
    })
    .optional(),
  /** How the applicant was identified; defaults to the consent's method when that is an identity method. */
  identity: z
    .object({ method: z.enum(IDENTITY_METHODS), token: z.string().trim().max(200).optional() })
    .optional(),
});
export type VerificationInput = z.output<typeof verificationInput>;

/** How long a consent given at the window stays good for the query. */
const CONSENT_VALID_MS = 24 * 3_600_000;
const CLOCK_SKEW_MS = 5 * 60_000;

export async function verifyProof(db: Db, ctx: Ctx, input: VerificationInput) {
  const user = requireUser(ctx.actor, VERIFIERS);
  const applicant = checkApplicant(input.applicantIdNumber, ctx.now, ctx.locale);
  const { kind, iface } = await loadProofKind(db, input.proofKind);
  if (!input.consent) throw new AppError(422, 'consent-required');
  const consentAt = new Date(input.consent.at);
  if (
    consentAt.getTime() > ctx.now.getTime() + CLOCK_SKEW_MS ||
    consentAt.getTime() < ctx.now.getTime() - CONSENT_VALID_MS
  ) {
    throw new AppError(422, 'consent-stale', { at: input.consent.at });
  }
  if (!iface) throw new AppError(409, 'no-interface', { proofKind: kind.nameZh });
  if (iface.status !== 'active') throw new AppError(409, 'interface-suspended', { name: iface.name });

  const method =
    input.identity?.method ?? (isIdentityMethod(input.consent.method) ? input.consent.method : 'id-card');
  const identity = await identityVerifier(method)({
    idNumber: applicant.idNumber,
    token: input.identity?.token,
  });
  if (!identity.ok) throw new AppError(422, 'identity-not-verified', { method });

  const consent = { method: input.consent.method, at: consentAt.toISOString(), queries: [kind.nameZh] };
  const answer = await queryRecord(proofSourcesConfig(), {
    endpoint: iface.endpoint,
    idNumber: applicant.idNumber,
    legalBasis: kind.legalBasis,
    consent: { method: consent.method, at: consent.at },
    requestId: ctx.requestId,
  });
  const result = proofResult(kind.proves, answer);
  const id = newId();
  const row = {
    id,
    proofKind: kind.code,
    applicantHash: applicant.hash,
    applicantMasked: applicant.masked,
    channel: method,
    identityRef: identity.ref,
    consent,
    interfaceId: iface.id,
    source: iface.ownerName,
    region: iface.region,
    result,
    detail: answer.ok ? { found: answer.found, record: answer.record } : { error: answer.error },
    legalBasis: kind.legalBasis,
    officerUserId: user.userId,
    officerName: user.displayName,
    departmentId: user.departmentId,
    checkedAt: ctx.now,
    receiptToken: randomBytes(18).toString('base64url'),
  };
  await db.transaction(async (tx) => {
    await tx.insert(proofConnectorCalls).values({
      id: newId(),
      interfaceId: iface.id,
      at: ctx.now,
      durationMs: answer.durationMs,
      outcome: answer.ok ? 'ok' : 'error',
      httpStatus: answer.httpStatus,
      error: answer.ok ? null : answer.error,
    });
    await tx.insert(proofVerifications).values(row);
    await recordAudit(tx, ctx, {
      action: 'proof-free.verification.query',
      targetType: 'proof_verification',
      targetId: id,
      detail: {
        proofKind: kind.code,
        legalBasis: kind.legalBasis,
        interface: iface.code,
        region: iface.region,
        applicant: applicant.masked,
        channel: method,
        consent,
        result,
      },
    });
  });
  return {
    id,
    result,
    source: iface.ownerName,
    checkedAt: ctx.now.toISOString(),
    region: iface.region,
    receiptToken: row.receiptToken,
  };
}
