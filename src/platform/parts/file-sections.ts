/**
 * 一企一档: the sections of the enterprise file, each loaded by the part that owns it (handed over by
 * `installParts()` in src/parts.ts); the enterprises part's file reads them all, and documents their rows.
 */
import { z } from 'zod';
import type { Db } from '../db/client.js';
import type { Ctx } from '../policy/actor.js';
import type { FileSection } from './part.js';

export { fileSection, type FileSection } from './part.js';

const sections = new Map<string, FileSection>();

export function registerFileSection(name: string, section: FileSection): void {
  sections.set(name, section);
}

/** The `sections` object of the enterprise file: one array of rows per registered section, by its name. */
export function fileSectionsSchema() {
  return z.object(Object.fromEntries([...sections].map(([name, s]) => [name, z.array(s.row)])));
}

export async function loadFileSections(db: Db, ctx: Ctx, enterpriseId: string): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const [name, s] of sections) out[name] = await s.load(db, ctx, enterpriseId);
  return out;
}
