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

/**
 * GET /api/enterprises/{uscc}: sections by the name a part registered them under (rows typed by their
 * presenters in ./sections); a section is absent when no part registers it.
 */
export interface EnterpriseFile {
  enterprise: Enterprise;
  sections: Record<string, unknown[] | undefined>;
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
