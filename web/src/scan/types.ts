import type { Answer } from '../api/typed';
import type { CertificateState } from '../officers/types';

/**
 * GET /api/codes/{code}: the public verification of an inspection code (A6), as generated. The public scan never
 * says what triggered a visit (`trigger` is always null) nor an officer's free-text revoke reason; an officer's
 * `certificateState` is one of the certificate states.
 */
type Verified = Exclude<Answer<'verifyCode'>, { status: 'invalid' }>;
export type ScanOfficer = Omit<Verified['officers'][number], 'certificateState'> & { certificateState: CertificateState };
export type VerifiedCode = Omit<Verified, 'officers'> & { officers: ScanOfficer[] };
export type ScanResult = { status: 'invalid' } | VerifiedCode;
export type CodeStatus = ScanResult['status'];
export type ScanItem = VerifiedCode['items'][number];
