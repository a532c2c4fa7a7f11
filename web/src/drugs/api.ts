import { api, type Query } from '../api/client';
import type { Body } from '../api/typed';
import { childPath } from '../api/paths';

export const LICENCES_PATH = '/api/licences';
export const LICENCE_KINDS_PATH = `${LICENCES_PATH}/kinds`;
export const LICENCE_FIGURES_PATH = `${LICENCES_PATH}/figures`;
export const WARNINGS_PATH = '/api/warnings';
export const PUBLIC_WARNINGS_PATH = '/api/public/warnings';
export const RECTIFICATIONS_PATH = '/api/rectifications';
export const rectificationPath = childPath(RECTIFICATIONS_PATH);
export const rectificationPage = childPath('/drugs/rectifications');
export const compliancePath = (uscc: string) => `/api/enterprises/${encodeURIComponent(uscc)}/compliance-notice`;

export type LicenceInput = Body<'createLicence'>;

export const createLicence = (input: LicenceInput) => api.post<{ id: string }>(LICENCES_PATH, input);
export const importLicences = (file: File) =>
  api.upload<{ imported: number; updated: number; unchanged: number; errors: { row: number; code: string; message: string; column?: string }[] }>(`${LICENCES_PATH}/import`, file);
export const exportLicences = (query: Query) => api.download(`${LICENCES_PATH}/export`, query);
export const downloadNotice = (uscc: string) => api.download(compliancePath(uscc));

export type WarningTarget = NonNullable<Body<'previewWarningRecipients'>['target']>;
export const previewWarning = (target: WarningTarget) =>
  api.post<{ recipients: number; sample: { uscc: string; name: string }[] }>(`${WARNINGS_PATH}/preview`, { target });
export const publishWarning = (input: { title: string; body: string; topic?: string; kind: 'warning' | 'faq'; target: WarningTarget }) =>
  api.post<{ id: string; recipients: number }>(WARNINGS_PATH, input);

export const createRectifications = (input: {
  enterpriseUscc: string;
  sourceType: 'inspection' | 'case';
  sourceId: string;
  items: { title: string; requirement: string; deadline: string }[];
}) => api.post<{ ids: string[] }>(RECTIFICATIONS_PATH, input);
export const uploadEvidence = (id: string, file: File) =>
  api.upload<{ id: string; filename: string }>(`${rectificationPath(id)}/evidence`, file);
export const reportProgress = (id: string, note: string, fileIds: string[]) =>
  api.post(`${rectificationPath(id)}/progress`, { note, fileIds });
export const addGuidance = (id: string, note: string) => api.post(`${rectificationPath(id)}/guidance`, { note });
export const verifyRectification = (id: string, passed: boolean, note: string) =>
  api.post(`${rectificationPath(id)}/verify`, { passed, note });
