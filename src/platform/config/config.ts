import path from 'node:path';
import { randomBytes } from 'node:crypto';

/** A secret for this process alone, where none is configured (links it signs die with the process). */
const PROCESS_SECRET = randomBytes(32).toString('base64url');

/** Everything the process reads from its environment, in one place (README lists each variable). */
export interface Config {
  port: number;
  host: string;
  /** PostgreSQL server when set; otherwise the embedded database (PGlite) in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Seed demo data: always on an empty embedded database; on PostgreSQL only with QINQING_DEMO=1. */
  demo: boolean;
  publicBaseUrl: string;
  sessionIdleMinutes: number;
  /** Absolute session lifetime in hours (SESSION_MAX_HOURS, default 12). */
  sessionMaxHours: number;
  /** Run the background workers (job scheduler, outbox, audit sealer) in this process. */
  workers: boolean;
  logLevel: string;
  /** `pretty` (one readable line per event, no line per request) on a terminal outside production; `json` otherwise. */
  logFormat: 'json' | 'pretty';
  webDir: string;
  poolSize: number;
  /** Signature scheme of new inspection codes: Ed25519 (default) or the Chinese SM2 scheme. */
  codeAlgorithm: 'ed25519' | 'sm2';
  /** HMAC secret of the one-time online revisit links (part G); random per process when unset. */
  revisitLinkSecret: string;
  /**
   * The Ed25519 key signing the audit chain's seals (AUDIT_ANCHOR_KEY_FILE; default
   * `<DATA_DIR>/audit-anchor/ed25519.pem`, generated on first start). Keep it outside the database's reach.
   */
  auditAnchorKeyFile: string;
  /**
   * A province's own versions of part A's rule set (INSPECTION_RULES_FILE: a JSON array of versions, see
   * src/inspections/rules/rule-set.ts); unset: the built-in versions only.
   */
  inspectionRulesFile: string | undefined;
}

const int = (value: string | undefined, fallback: number): number => {
  const n = value === undefined || value === '' ? NaN : Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = int(env.PORT, 3000);
  const host = env.HOST || '127.0.0.1';
  const databaseUrl = env.DATABASE_URL || undefined;
  return {
    port,
    host,
    databaseUrl,
    dataDir: path.resolve(env.DATA_DIR || './data'),
    demo: databaseUrl ? env.QINQING_DEMO === '1' : env.QINQING_DEMO !== '0',
    publicBaseUrl: (env.PUBLIC_BASE_URL || `http://${host}:${port}`).replace(/\/+$/, ''),
    sessionIdleMinutes: int(env.SESSION_IDLE_MINUTES, 30),
    sessionMaxHours: int(env.SESSION_MAX_HOURS, 12),
    workers: env.QINQING_WORKERS !== '0',
    logLevel: env.LOG_LEVEL || 'info',
    logFormat:
      env.LOG_FORMAT === 'json' || env.LOG_FORMAT === 'pretty'
        ? env.LOG_FORMAT
        : process.stdout.isTTY && env.NODE_ENV !== 'production'
          ? 'pretty'
          : 'json',
    webDir: path.resolve(env.WEB_DIR || './web/dist'),
    poolSize: int(env.DATABASE_POOL_SIZE, 20),
    codeAlgorithm: env.CODE_SIGNATURE === 'sm2' ? 'sm2' : 'ed25519',
    revisitLinkSecret: env.REVISIT_LINK_SECRET || PROCESS_SECRET,
    auditAnchorKeyFile: path.resolve(
      env.AUDIT_ANCHOR_KEY_FILE || path.join(env.DATA_DIR || './data', 'audit-anchor', 'ed25519.pem'),
    ),
    inspectionRulesFile: env.INSPECTION_RULES_FILE ? path.resolve(env.INSPECTION_RULES_FILE) : undefined,
  };
}
