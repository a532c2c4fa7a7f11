import { api, ApiError, request } from '../api/client';
import type { Me } from './types';

export function login(username: string, password: string): Promise<{ user: Me }> {
  // A 401 here is "wrong username or password", not an ended session.
  return api.post<{ user: Me }>('/api/auth/login', { username, password }, { allowUnauthorized: true });
}

export function logout(): Promise<void> {
  return api.post<void>('/api/auth/logout', undefined, { allowUnauthorized: true });
}

/** The signed-in user, or null when there is no session. */
export async function fetchMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    return await request<Me>('/api/me', { signal, allowUnauthorized: true });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}
