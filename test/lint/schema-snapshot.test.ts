/**
 * `npm run db:generate` writes a part's migration from the difference between `src/schema.ts` and the newest
 * snapshot under `migrations/meta`. The snapshot must be the schema as the migrations leave it: a schema change
 * without its migration (or a migration written by hand without its snapshot) fails here, so generate never
 * writes other changes into a new part's migration.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDrizzleJson, generateMigration, type DrizzleSnapshotJSON } from 'drizzle-kit/api';
import * as schema from '../../src/schema.js';

const meta = path.join(import.meta.dirname, '../../migrations/meta');

describe('the migrations snapshot', () => {
  it('is the schema of src/schema.ts (db:generate would write nothing)', async () => {
    const newest = fs.readdirSync(meta).filter((f) => f.endsWith('_snapshot.json')).sort().at(-1)!;
    const journal = JSON.parse(fs.readFileSync(path.join(meta, '_journal.json'), 'utf8')) as { entries: { idx: number }[] };
    // The snapshot of the newest migration, not an older one.
    expect(Number(newest.slice(0, 4))).toBe(journal.entries.at(-1)!.idx);
    const snapshot = JSON.parse(fs.readFileSync(path.join(meta, newest), 'utf8')) as DrizzleSnapshotJSON;
    const current = generateDrizzleJson(schema, snapshot.id);
    expect(await generateMigration(snapshot, current)).toEqual([]);
  });
});
