import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import type { FileSectionLoader } from '../platform/parts/part.js';

export type { FileSectionLoader } from '../platform/parts/part.js';

const sections = new Map<string, FileSectionLoader>();

export function registerFileSection(name: string, loader: FileSectionLoader): void {
  sections.set(name, loader);
}

export async function loadFileSections(db: Db, ctx: Ctx, enterpriseId: string): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const [name, loader] of sections) out[name] = await loader(db, ctx, enterpriseId);
  return out;
}
