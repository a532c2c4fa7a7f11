import { api, request } from '../api/client';
import type { Answer } from '../api/typed';

export const NOTIFICATIONS_PATH = '/api/notifications';

/** GET /api/notifications: a page of the reader's notifications (`text` already in the reader's language) and the unread count. */
export type NotificationPage = Answer<'listNotifications'>;
export type Notification = NotificationPage['items'][number];

export const markRead = (id: string) =>
  request<void>(`${NOTIFICATIONS_PATH}/${encodeURIComponent(id)}/read`, { method: 'POST' });

export const markAllRead = () => api.post<{ updated: number }>(`${NOTIFICATIONS_PATH}/read-all`);
