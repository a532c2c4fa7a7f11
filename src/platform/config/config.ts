import path from 'node:path';
import { randomBytes } from 'node:crypto';

/** A secret for this process alone, where none is configured (links it signs die with the process). */
const PROCESS_SECRET = randomBytes(32).toString('base64url');

/**
 * Requests per minute a client may make of the throttled routes (src/platform/http/rate-limits.ts). On by default;
 * `RATE_LIMIT=0` turns every limit off — the test suite, the browser journeys, `npm run bench` and `npm run chaos`
 * do so for their own runs.
 */
export interface RateLimits {
  enabled: boolean;
  /** Sign-in attempts per client IP (RATE_LIMIT_SIGN_IN_IP, default 30). */
  signInPerIp: number;
  /** Sign-in attempts per account name from one IP (RATE_LIMIT_SIGN_IN_ACCOUNT, default 10); never per name alone. */
  signInPerAccount: number;
  /** Scans of a code (the API answer and the /v/ page) per client IP (RATE_LIMIT_SCAN_IP, default 120). */
  scanPerIp: number;
  /** QR images per client IP — they cost CPU (RATE_LIMIT_QR_IP, default 60). */
  qrPerIp: number;
  /** Imports per signed-in user, API key or (anonymous) IP (RATE_LIMIT_IMPORT, default 10). */
  importPerCaller: number;
}

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
  /** Days a finished job run is kept (JOB_HISTORY_DAYS, default 90; each job keeps its latest 20 runs anyway). */
  jobHistoryDays: number;
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
  /**
   * Reverse proxies in front of the server (TRUST_PROXY=1: one). The client address is then the one the nearest
   * trusted proxy put in X-Forwarded-For (never an address the client wrote there itself); 0: the socket's.
   */
  trustProxy: number;
  rateLimits: RateLimits;
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
    jobHistoryDays: int(env.JOB_HISTORY_DAYS, 90),
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
    trustProxy: env.TRUST_PROXY === undefined || env.TRUST_PROXY === '' || env.TRUST_PROXY === '0' ? 0 : int(env.TRUST_PROXY, 1),
    rateLimits: {
      enabled: env.RATE_LIMIT !== '0',
      signInPerIp: int(env.RATE_LIMIT_SIGN_IN_IP, 30),
      signInPerAccount: int(env.RATE_LIMIT_SIGN_IN_ACCOUNT, 10),
      scanPerIp: int(env.RATE_LIMIT_SCAN_IP, 120),
      qrPerIp: int(env.RATE_LIMIT_QR_IP, 60),
      importPerCaller: int(env.RATE_LIMIT_IMPORT, 10),
    },
  };
}
