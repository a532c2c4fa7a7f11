/**
 * Data classes behind a firewall. Some data may never reach some roles, whatever route asks for it: the
 * environmental check-up (E2, "findings are never penalty leads") is read by the check-up side only, never by
 * the roles that enforce. A part declares its class once (`Part.dataClasses`, installed by `src/parts.ts`): the
 * route prefix its routes live under, the file owner types, notification/audit target types and audit action
 * prefixes that carry its data. The shared read paths consult this module, so the firewall holds for routes that
 * are not yet written:
 *
 *   - the server refuses any route under a classified prefix to a role that may not read the class (before the
 *     route's own policy and validation; the refusal is audited like every `DeniedError`);
 *   - stored-file downloads call `assertMayReadFile` with the file's owner type;
 *   - the notification list and the audit-log search hide classified rows from such a role;
 *   - enterprise-file sections and figures ask `mayReadClass`.
 */
import type { Role } from '../auth/schema.js';
import type { Actor } from './actor.js';
import { DeniedError } from './policy.js';
import { AppError } from '../errors/app-error.js';

/** The roles that enforce (officers, department administrators of enforcement, the supervisor). */
export const ENFORCEMENT_ROLES: readonly Role[] = ['officer', 'dept_admin', 'supervisor'];

export const isEnforcementRole = (actor: Actor): boolean =>
  actor.kind === 'user' && ENFORCEMENT_ROLES.includes(actor.role);

export interface DataClassSpec {
  /** Roles that may read the class at all (row scoping stays with the part). */
  readers: readonly Role[];
  /** Routes whose path starts with one of these are the class's own (e.g. `/api/checkups/`). */
  routePrefixes: readonly string[];
  /** `stored_file.owner_type` values holding the class's files. */
  fileOwnerTypes: readonly string[];
  /** Notification and audit `target_type` values naming the class's records. */
  targetTypes: readonly string[];
  /** Audit actions of the class's operations (e.g. `checkups.`). */
  actionPrefixes: readonly string[];
}

const classes = new Map<string, DataClassSpec>();

/** Declares a data class (once per name; `installParts` does it for a part's `dataClasses`). */
export function registerDataClass(name: string, spec: DataClassSpec): void {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`invalid data class "${name}"`);
  classes.set(name, spec);
}

/** Whether the actor may read data of the class. System jobs may; integrations and anonymous callers may not. */
export function mayReadClass(actor: Actor, name: string): boolean {
  const spec = classes.get(name);
  if (!spec) return true;
  if (actor.kind === 'system') return true;
  if (actor.kind !== 'user') return false;
  return spec.readers.includes(actor.role);
}

/** Throws an audited 403 when the actor may not read the class. */
export function assertMayReadClass(actor: Actor, name: string): void {
  if (mayReadClass(actor, name)) return;
  if (actor.kind === 'anonymous') throw new AppError(401, 'unauthenticated');
  throw new DeniedError(403, `firewall-${name}`);
}

const startsWithAny = (s: string, prefixes: readonly string[]) => prefixes.some((p) => s.startsWith(p));

/** The class a route path belongs to, if any (matched on the route's pattern or its URL). */
export function classOfRoute(path: string): string | null {
  for (const [name, spec] of classes) if (startsWithAny(path, spec.routePrefixes)) return name;
  return null;
}

export function classOfFileOwner(ownerType: string): string | null {
  for (const [name, spec] of classes) if (spec.fileOwnerTypes.includes(ownerType)) return name;
  return null;
}

/** Refuses a stored file whose owner type is behind a class the actor may not read (every download calls it). */
export function assertMayReadFile(actor: Actor, ownerType: string): void {
  const cls = classOfFileOwner(ownerType);
  if (cls) assertMayReadClass(actor, cls);
}

/** What shared read paths (notifications, audit search) must hide from this actor: the classes it may not read. */
export function hiddenFrom(actor: Actor): { targetTypes: string[]; actionPrefixes: string[]; routePrefixes: string[] } {
  const out = { targetTypes: [] as string[], actionPrefixes: [] as string[], routePrefixes: [] as string[] };
  for (const [name, spec] of classes) {
    if (mayReadClass(actor, name)) continue;
    out.targetTypes.push(...spec.targetTypes);
    out.actionPrefixes.push(...spec.actionPrefixes);
    out.routePrefixes.push(...spec.routePrefixes);
  }
  return out;
}
