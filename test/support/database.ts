import { createThrowawayPostgres } from '../../scripts/lib/databases.js';
import { openDatabase, type Database } from '../../src/platform/db/client.js';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or — when TEST_DATABASE_URL
 * names a PostgreSQL server (CI's second pass) — a new database on it, dropped on close.
 */
export async function testDatabase(): Promise<Database & { url?: string }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const database = await openDatabase({});
    await database.migrate();
    return database;
  }
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
