import type { Answer } from '../api/typed';
import type { Trigger } from '../inspections/types';
import type { CertificateState } from '../officers/types';

/**
 * GET /api/codes/{code}: the public verification of an inspection code (A6), as generated; `trigger` is one of
 * TRIGGERS and an officer's `certificateState` one of the certificate states.
 */
type Verified = Exclude<Answer<'verifyCode'>, { status: 'invalid' }>;
export type ScanOfficer = Omit<Verified['officers'][number], 'certificateState'> & { certificateState: CertificateState };
export type VerifiedCode = Omit<Verified, 'trigger' | 'officers'> & { trigger: Trigger | null; officers: ScanOfficer[] };
export type ScanResult = { status: 'invalid' } | VerifiedCode;
export type CodeStatus = ScanResult['status'];
export type ScanItem = VerifiedCode['items'][number];
