import type { Role } from '../auth/schema.js';

/** Who is calling. Resolved once per request from the session cookie or the X-Api-Key header. */
export type Actor =
  | {
      kind: 'user';
      userId: string;
      username: string;
      displayName: string;
      role: Role;
      departmentId: string | null;
      teamId: string | null;
      officerId: string | null;
      enterpriseId: string | null;
      /** The session's token hash (a password change ends the user's other sessions, not this one). */
      sessionHash?: string;
    }
  | { kind: 'integration'; clientId: string; name: string; scopes: string[] }
  | { kind: 'anonymous' }
  | { kind: 'system'; name: string };

export type UserActor = Extract<Actor, { kind: 'user' }>;

/** What every operation receives about its caller and moment. `now` is read once, at the edge. */
export interface Ctx {
  actor: Actor;
  requestId: string;
  locale: 'zh-CN' | 'en-US';
  ip: string | null;
  now: Date;
}

export const systemCtx = (name: string, now: Date): Ctx => ({
  actor: { kind: 'system', name },
  requestId: `job:${name}`,
  locale: 'zh-CN',
  ip: null,
  now,
});
