import { api, request, type Query } from '../api/client';
import { childPath } from '../api/paths';
import type { CalendarEntry, Deadline, LedgerImportResult, OpenCasesInput } from './types';

export const SIGNALS_PATH = '/api/supervision/signals';
export const SIGNAL_COUNTS_PATH = `${SIGNALS_PATH}/counts`;
export const CASES_PATH = '/api/supervision/cases';
export const FIGURES_PATH = '/api/supervision/figures';
export const TICKETS_PATH = '/api/hotline/tickets';
export const CALENDAR_PATH = '/api/calendar/days';
export const DEADLINE_PATH = '/api/calendar/deadline';

export const casePath = childPath(CASES_PATH);
/** The web page of a case (notifications link here too). */
export const casePageUrl = childPath('/supervision/cases');
export const enterprisePageUrl = childPath('/enterprises');

/** What a department may attach to an answer (src/supervision/evidence.ts). */
export const EVIDENCE_ACCEPT = '.jpg,.jpeg,.png,.webp,.pdf,.docx,.xlsx';
export const EVIDENCE_MAX_MB = 10;
export const EVIDENCE_MAX_FILES = 5;

export const dismissSignals = (signalIds: string[], reason: string) =>
  api.post<{ dismissed: string[]; skipped: { id: string; reason: string }[] }>(`${SIGNALS_PATH}/dismiss`, {
    signalIds,
    reason,
  });

export const openCases = (input: OpenCasesInput) =>
  api.post<{ cases: { id: string; caseNo: string; dueDay: string }[] }>(`${SIGNALS_PATH}/open-cases`, input);

/** The department's answer: the handling text and evidence files, in one multipart request. */
export function answerCase(id: string, text: string, files: File[]) {
  const form = new FormData();
  form.append('text', text);
  for (const f of files) form.append('files', f, f.name);
  return request<{ status: 'answered' }>(`${casePath(id)}/answer`, { method: 'POST', body: form });
}

export const returnCase = (id: string, reason: string) =>
  api.post<{ status: 'returned' }>(`${casePath(id)}/return`, { reason });

export const closeCase = (id: string, comment?: string) =>
  api.post<{ status: 'closed'; closedOnTime: boolean }>(`${casePath(id)}/close`, comment ? { comment } : {});

export const exportFigures = (query: Query) => api.download(`${FIGURES_PATH}/export`, query);

export const deadlineAfter = (workingDays: number, signal?: AbortSignal) =>
  api.get<Deadline>(DEADLINE_PATH, { workingDays }, signal);

export const assignTicketEnterprise = (id: string, enterpriseUscc: string) =>
  api.post<{ matchStatus: 'matched' }>(`${TICKETS_PATH}/${encodeURIComponent(id)}/enterprise`, {
    enterpriseUscc,
  });

export const importLedger = (file: File) => api.upload<LedgerImportResult>(`${TICKETS_PATH}/import`, file);

export const setCalendarDay = (entry: Pick<CalendarEntry, 'day' | 'kind' | 'name'>) =>
  api.post<CalendarEntry>(CALENDAR_PATH, entry);

export const removeCalendarDay = (day: string) =>
  request<void>(`${CALENDAR_PATH}/${encodeURIComponent(day)}`, { method: 'DELETE' });
