import { createThrowawayPostgres } from '../../scripts/lib/databases.js';

export interface ThrowawayDatabase {
  kind: 'PostgreSQL' | 'embedded PGlite';
  /** Environment for startServer: DATABASE_URL on PostgreSQL; nothing on PGlite (a fresh DATA_DIR). */
  env: Record<string, string>;
  drop(): Promise<void>;
}

/** The PostgreSQL server journeys may create databases on: TEST_DATABASE_URL, or CI's PG_ADMIN_URL. */
export const postgresServerUrl = (): string | undefined =>
  process.env.TEST_DATABASE_URL || process.env.PG_ADMIN_URL || undefined;

/**
 * A new database for one journey: on the PostgreSQL server named by postgresServerUrl(), dropped by `drop`;
 * without one, the built server's embedded database in the DATA_DIR startServer makes.
 */
export async function throwawayDatabase(): Promise<ThrowawayDatabase> {
  const serverUrl = postgresServerUrl();
  if (!serverUrl) return { kind: 'embedded PGlite', env: {}, drop: async () => undefined };
  const db = await createThrowawayPostgres(serverUrl, 'qq_e2e');
  return { kind: 'PostgreSQL', env: { DATABASE_URL: db.url }, drop: db.drop };
}
