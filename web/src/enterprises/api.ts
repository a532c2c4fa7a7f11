import { api } from '../api/client';
import { childPath } from '../api/paths';
import type { EnterpriseFilter, ImportResult } from './types';

export const ENTERPRISES_PATH = '/api/enterprises';

export const enterprisePath = childPath(ENTERPRISES_PATH);

export function importEnterprises(file: File): Promise<ImportResult> {
  return api.upload<ImportResult>(`${ENTERPRISES_PATH}/import`, file);
}

export function exportEnterprises(filter: EnterpriseFilter) {
  return api.download(`${ENTERPRISES_PATH}/export`, { ...filter });
}

/** An empty import spreadsheet: the headers and one example row. */
export function importTemplate() {
  return api.download(`${ENTERPRISES_PATH}/import-template`);
}
