import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';

/**
 * 一企一档 — each part contributes a section of the enterprise file (inspections, penalties, licences …).
 * A section loader receives the caller's context and applies its own part's policy (e.g. the check-up firewall
 * returns nothing to enforcement roles).
 */
export type FileSectionLoader = (db: Db, ctx: Ctx, enterpriseId: string) => Promise<unknown[]>;

const sections = new Map<string, FileSectionLoader>();

export function registerFileSection(name: string, loader: FileSectionLoader): void {
  sections.set(name, loader);
}

export async function loadFileSections(db: Db, ctx: Ctx, enterpriseId: string): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const [name, loader] of sections) out[name] = await loader(db, ctx, enterpriseId);
  return out;
}
