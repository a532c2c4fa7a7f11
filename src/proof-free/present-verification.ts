import type { proofVerifications } from './schema.js';

/** A verification as the window's list and the applicant's receipt show it (the proof named in the caller's language). */
export function presentVerification(v: typeof proofVerifications.$inferSelect, proofName: string) {
  return {
    id: v.id,
    proofKind: v.proofKind,
    proofName,
    applicant: v.applicantMasked,
    channel: v.channel,
    source: v.source,
    region: v.region,
    result: v.result,
    checkedAt: v.checkedAt.toISOString(),
    officer: v.officerName,
    consent: v.consent,
    legalBasis: v.legalBasis,
  };
}
