import type { CertificateState } from '../officers/types';

export type CodeStatus = 'valid' | 'not-yet-valid' | 'expired' | 'revoked' | 'done' | 'invalid';

export interface ScanItem {
  id: string;
  code: string;
  name: string;
  legalBasis: string;
  /** An unpublished item may be refused by the enterprise. */
  published: boolean;
}

export interface ScanOfficer {
  id: string;
  name: string;
  certificateNo: string;
  validUntil: string;
  certificateState: CertificateState;
}

/** GET /api/codes/{code}: the public verification of an inspection code (A6). */
export type ScanResult =
  | { status: 'invalid' }
  | {
      status: Exclude<CodeStatus, 'invalid'>;
      inspectionId: string;
      kind: 'planned' | 'triggered';
      /** Always null: the public scan does not say what triggered a visit. */
      trigger: null;
      window: { start: string; end: string };
      enterprise: { uscc: string; name: string; address: string };
      departments: { id: string; name: string }[];
      items: ScanItem[];
      officers: ScanOfficer[];
      arrivalConfirmedAt: string | null;
      /** A fixed code, never the officer's free-text reason. */
      revokedReason: 'superseded' | 'withdrawn' | null;
      backfilled: boolean;
      keyId: string;
    };

export type VerifiedCode = Exclude<ScanResult, { status: 'invalid' }>;
