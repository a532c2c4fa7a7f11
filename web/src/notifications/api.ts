import { api, request } from '../api/client';

export const NOTIFICATIONS_PATH = '/api/notifications';

/** GET /api/notifications item: `text` is already in the reader's language. */
export interface Notification {
  id: string;
  kind: string;
  text: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPage {
  items: Notification[];
  total: number;
  unread: number;
}

export const markRead = (id: string) =>
  request<void>(`${NOTIFICATIONS_PATH}/${encodeURIComponent(id)}/read`, { method: 'POST' });

export const markAllRead = () => api.post<{ updated: number }>(`${NOTIFICATIONS_PATH}/read-all`);
