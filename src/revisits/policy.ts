import type { Role } from '../platform/auth/schema.js';
import type { Actor } from '../platform/policy/actor.js';
import { DeniedError } from '../platform/policy/policy.js';
import { routePolicy } from '../platform/policy/route-policy.js';

/**
 * Who does what in revisits. The supervisor (司法局, 行政执法监督机构) draws, reassigns and follows; the revisiting
 * staff are the officers of the team a revisit was assigned to — never the team whose work it is (交叉回访, seed
 * 经验做法六) — and see their team's work list; the enterprise answers the online questionnaire through a signed
 * one-time link, without signing in.
 */
export const REVISIT_STAFF_ROLES: readonly Role[] = ['supervisor', 'officer'];

export const revisitPolicies = {
  draw: routePolicy('revisits.draw', { roles: ['supervisor'] }),
  readDraw: routePolicy('revisits.read-draw', { roles: ['supervisor'] }),
  assign: routePolicy('revisits.assign', { roles: ['supervisor'] }),
  followUp: routePolicy('revisits.follow-up', { roles: ['supervisor'] }),
  watch: routePolicy('revisits.watch-list', { roles: ['supervisor'] }),
  figures: routePolicy('revisits.figures', { roles: ['supervisor'] }),
  work: routePolicy('revisits.work', { roles: REVISIT_STAFF_ROLES }),
  record: routePolicy('revisits.record', { roles: REVISIT_STAFF_ROLES }),
  online: routePolicy('revisits.online', { public: true }),
};

/** Row scope of the work list: the supervisor sees every revisit, an officer those assigned to his team. */
export type RevisitScope = { all: true } | { all: false; teamId: string };

export function revisitScope(actor: Actor): RevisitScope {
  if (actor.kind === 'user' && actor.role === 'supervisor') return { all: true };
  if (actor.kind === 'user' && actor.role === 'officer' && actor.teamId) return { all: false, teamId: actor.teamId };
  throw new DeniedError(403, 'revisit-no-team');
}

/** The caller may act on a revisit assigned to this team. */
export function assertRevisitTeam(actor: Actor, assignedTeamId: string): void {
  const scope = revisitScope(actor);
  if (!scope.all && scope.teamId !== assignedTeamId) throw new DeniedError(404, 'revisit-other-team');
}
