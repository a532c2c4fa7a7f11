import type { JsonRecord } from '../shared/RecordTable';

export type EnterpriseStatus = 'active' | 'deregistered' | 'revoked';

export interface Enterprise {
  id: string;
  uscc: string;
  name: string;
  legalRepresentative: string;
  address: string;
  divisionCode: string;
  divisionName: string | null;
  industry: string;
  industryName: string;
  aboveDesignatedSize: boolean;
  status: EnterpriseStatus;
  registeredOn: string;
  phone?: string | null;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export type SectionKey = 'inspections' | 'penalties' | 'licences' | 'checkups' | 'revisits' | 'complaints';

/** GET /api/enterprises/{uscc}: a section is absent when the user may not see it or it is not built yet. */
export interface EnterpriseFile {
  enterprise: Enterprise;
  sections: Partial<Record<SectionKey, JsonRecord[]>>;
}

export interface ImportResult {
  imported: number;
  updated: number;
  /** Rows already identical to the registry. */
  unchanged?: number;
  /** `message` is in the caller's language; `column` names the enterprise field, when one is at fault. */
  errors: { row: number; code: string; message: string; column?: string }[];
}

/** The list filter; the same names are used in the page URL and in the API query. */
export interface EnterpriseFilter {
  q: string;
  industry: string;
  divisionCode: string;
}
