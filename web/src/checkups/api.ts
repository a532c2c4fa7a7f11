import { api } from '../api/client';
import { childPath } from '../api/paths';
import type { Channel } from './types';

export const CHECKUPS_PATH = '/api/checkups';
export const INVITATIONS_PATH = `${CHECKUPS_PATH}/invitations`;
export const EXPERTS_PATH = `${CHECKUPS_PATH}/experts`;
export const FIGURES_PATH = `${CHECKUPS_PATH}/figures`;
/** Counts only, outside the firewall's prefix: for the dashboards of the supervisor and department administrators. */
export const COUNTS_PATH = '/api/figures/checkups';
export const invitationPath = childPath(INVITATIONS_PATH);

/** Pages. */
export const QUEUE_PAGE = '/checkups';
export const MY_CHECKUPS_PAGE = '/my-checkups';
export const FIGURES_PAGE = '/checkups/figures';
export const checkupPage = childPath('/checkups');
export const visitPage = (id: string) => `/checkups/${encodeURIComponent(id)}/visit`;

export const inviteForSelf = (v: { preferredDates?: string[]; note?: string }) => api.post<{ id: string }>(INVITATIONS_PATH, v);
export const recordInvitation = (v: { enterpriseUscc: string; channel: Channel; note?: string }) => api.post<{ id: string }>(INVITATIONS_PATH, v);
export const scheduleVisit = (id: string, v: { visitAt: string; expertId: string; liaisonUserId: string }) => api.post(`${invitationPath(id)}/schedule`, v);
export const recordFinding = (id: string, v: object) => api.post<{ id: string; status: string }>(`${invitationPath(id)}/findings`, v);
export const uploadPhoto = (id: string, findingId: string, file: File) => api.upload(`${invitationPath(id)}/findings/${encodeURIComponent(findingId)}/photos`, file);
export const completeVisit = (id: string) => api.post(`${invitationPath(id)}/complete`);
export const signReport = (id: string) => api.post(`${invitationPath(id)}/report`);
export const logContact = (id: string, v: { channel: string; note: string; findingId?: string }) => api.post(`${invitationPath(id)}/contacts`, v);
export const closeFinding = (id: string, findingId: string, note: string) => api.post(`${invitationPath(id)}/findings/${encodeURIComponent(findingId)}/close`, { note });
