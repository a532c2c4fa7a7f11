import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createThrowawayPostgres } from '../../scripts/lib/databases.js';
import { openDatabase, type Database } from '../../src/platform/db/client.js';
import { loadConfig } from '../../src/platform/config/config.js';
import type { AppDeps } from '../../src/platform/http/types.js';
import { projectRoot } from '../../src/platform/config/project-root.js';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or — when TEST_DATABASE_URL
 * names a PostgreSQL server (CI's second pass) — a new database on it, dropped on close.
 */
export async function testDatabase(): Promise<Database & { url?: string }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return imagedDatabase('migrated', [], async () => {});
  const throwaway = await createThrowawayPostgres(serverUrl, 'qq_t');
  const database = await openDatabase({ databaseUrl: throwaway.url, poolSize: 40 });
  await database.migrate();
  const close = database.close;
  return {
    ...database,
    url: throwaway.url,
    async close() {
      await close();
      await throwaway.drop();
    },
  };
}

export const onPostgres = (): boolean => Boolean(process.env.TEST_DATABASE_URL);

/** What jobs and the outbox need of `AppDeps` without a server: `database`, an empty environment's config, `clock`. */
export const bareDeps = (database: Database, clock: () => Date): AppDeps =>
  ({ database, config: loadConfig({}), clock }) as AppDeps;

/**
 * The test file's fresh database (`testDatabase`) and its `bareDeps` at `clock`, opened before the file's tests and
 * closed after them: `database` and `deps` are there once the file's `beforeAll` has run.
 */
export function bareTestDatabase(clock: () => Date): { database: Database & { url?: string }; deps: AppDeps } {
  const file = {} as { database: Database & { url?: string }; deps: AppDeps };
  beforeAll(async () => {
    file.database = await testDatabase();
    file.deps = bareDeps(file.database, clock);
  });
  afterAll(async () => {
    await file.database?.close();
  });
  return file;
}

/**
 * A fresh embedded database, migrated and then filled by `fill`, started from an image of one made that way
 * before: the image is made once per machine and is named by `name`, the `inputs` of `fill` and a hash of what
 * could make it differ — the migrations, the source tree (`src/`, for the demo seed) and PGlite's release. Files
 * starting from an image skip PGlite's initdb, the migrations and `fill`, the larger part of a test file's start.
 * Kept in the temporary directory; images not used for a day are removed.
 */
export async function imagedDatabase(name: string, inputs: unknown[], fill: (database: Database) => Promise<void>): Promise<Database> {
  const file = path.join(IMAGES, `${name}-${createHash('sha256').update(await sourceHash()).update(JSON.stringify(inputs)).digest('hex').slice(0, 16)}.tar`);
  const kept = await fs.readFile(file).catch(() => undefined);
  if (kept) {
    void fs.utimes(file, new Date(), new Date()).catch(() => undefined);
    return openDatabase({ image: new Blob([kept]) });
  }
  const database = await openDatabase({});
  await database.migrate();
  await fill(database);
  const image = await database.image!();
  await fs.mkdir(IMAGES, { recursive: true });
  // Written aside, then renamed: a file starting beside this one reads a whole image or none.
  const aside = `${file}.${process.pid}`;
  await fs.writeFile(aside, Buffer.from(await image.arrayBuffer()));
  await fs.rename(aside, file);
  await pruneImages();
  return database;
}

const IMAGES = path.join(os.tmpdir(), 'qinqing-test-db');
let hashed: Promise<string> | undefined;

/** A hash of the migrations, the source tree and PGlite's release (once per test file's process). */
function sourceHash(): Promise<string> {
  hashed ??= (async () => {
    const root = projectRoot();
    const hash = createHash('sha256');
    hash.update(await fs.readFile(path.join(root, 'node_modules', '@electric-sql', 'pglite', 'package.json')));
    for (const folder of ['migrations', 'src']) {
      for (const name of (await fs.readdir(path.join(root, folder), { recursive: true })).sort()) {
        const file = path.join(root, folder, name);
        if ((await fs.stat(file)).isFile()) hash.update(name).update(await fs.readFile(file));
      }
    }
    return hash.digest('hex');
  })();
  return hashed;
}

async function pruneImages() {
  const dayAgo = Date.now() - 86_400_000;
  for (const name of await fs.readdir(IMAGES).catch(() => [] as string[])) {
    const file = path.join(IMAGES, name);
    const stat = await fs.stat(file).catch(() => undefined);
    if (stat && stat.mtimeMs < dayAgo) await fs.rm(file, { force: true });
  }
}
