/**
 * F3 — how the applicant is identified at the window, beside the GB 11643 check of the ID number: reading the ID
 * card, scanning the 安徽码 (Anhui code), the e-social-security card, or face verification. Each is a pluggable
 * verifier; the demo's are sandboxed (they accept the person the card, code or face belongs to — in the demo, the
 * ID number given — and refuse a token that names someone else). A real deployment replaces them with
 * `setIdentityVerifier`.
 */
import { createHash } from 'node:crypto';

export const IDENTITY_METHODS = ['id-card', 'anhui-code', 'e-social-security-card', 'face'] as const;
export type IdentityMethod = (typeof IDENTITY_METHODS)[number];
/** Consent is given through an identity method, or on the signed paper form at the window. */
export const CONSENT_METHODS = [...IDENTITY_METHODS, 'written'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

export interface IdentityCheck {
  idNumber: string;
  /** What the reader, scanner or camera produced (the demo: the ID number it read, or nothing). */
  token?: string;
}

export type IdentityVerifier = (check: IdentityCheck) => Promise<{ ok: true; ref: string } | { ok: false }>;

const sandboxVerifier =
  (method: IdentityMethod): IdentityVerifier =>
  async ({ idNumber, token }) => {
    if (token && token.toUpperCase() !== idNumber) return { ok: false };
    return {
      ok: true,
      ref: `${method}:${createHash('sha256').update(`${method}|${idNumber}`).digest('hex').slice(0, 12)}`,
    };
  };

const verifiers = new Map<IdentityMethod, IdentityVerifier>(
  IDENTITY_METHODS.map((m) => [m, sandboxVerifier(m)]),
);

export const identityVerifier = (method: IdentityMethod): IdentityVerifier => verifiers.get(method)!;

export function setIdentityVerifier(method: IdentityMethod, verifier: IdentityVerifier): void {
  verifiers.set(method, verifier);
}

export const isIdentityMethod = (m: string): m is IdentityMethod =>
  (IDENTITY_METHODS as readonly string[]).includes(m);

/** The applicant's key (the number itself is kept masked). */
export const applicantHash = (idNumber: string): string =>
  createHash('sha256').update(`applicant|${idNumber}`).digest('hex');

/** 340202********1234 */
export const maskIdNumber = (idNumber: string): string =>
  `${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`;
