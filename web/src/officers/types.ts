import type { Ref } from '../auth/types';

export type CertificateState = 'valid' | 'expiring' | 'expired' | 'suspended';

/** GET /api/officers item */
export interface Officer {
  id: string;
  name: string;
  department: Ref;
  team: Ref | null;
  certificateNo: string;
  fields: string[];
  validFrom: string;
  validUntil: string;
  status: string;
  certificateState: CertificateState;
}
