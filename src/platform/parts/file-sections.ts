/**
 * 一企一档: the sections of the enterprise file, each loaded by the part that owns it (handed over by
 * `installParts()` in src/parts.ts); the enterprises part's file reads them all.
 */
import type { Db } from '../db/client.js';
import type { Ctx } from '../policy/actor.js';
import type { FileSectionLoader } from './part.js';

export type { FileSectionLoader } from './part.js';

const sections = new Map<string, FileSectionLoader>();

export function registerFileSection(name: string, loader: FileSectionLoader): void {
  sections.set(name, loader);
}

export async function loadFileSections(db: Db, ctx: Ctx, enterpriseId: string): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const [name, loader] of sections) out[name] = await loader(db, ctx, enterpriseId);
  return out;
}
