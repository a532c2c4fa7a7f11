/**
 * Where the proof sources are (F2): one connector base URL under which each registered interface has its
 * endpoint path (`/datashare/records/…` the data-sharing exchange, `/elicence/records/…` the e-licence library,
 * `/othercity/records/…` another city's platform for cross-region requests). Requests are signed like the
 * credit platforms' (HMAC-SHA256, src/credit/connectors/signature.ts).
 *
 *   PROOF_SOURCES_URL       the connector base URL (falls back to CREDIT_PLATFORMS_URL: the demo sandbox serves both)
 *   PROOF_SOURCES_SECRET    the shared signing secret (falls back to CREDIT_SIGNING_SECRET, then a development default)
 *   PROOF_SOURCES_TIMEOUT_MS longest wait for an answer (default 5 000)
 *
 * With no URL no interface is connected: a verification is recorded as `unavailable`.
 */
import { DEV_SIGNING_SECRET } from '../credit/index.js';

export interface ProofSourcesConfig {
  baseUrl: string | null;
  secret: string;
  timeoutMs: number;
}

export function loadProofSourcesConfig(env: NodeJS.ProcessEnv = process.env): ProofSourcesConfig {
  const base = env.PROOF_SOURCES_URL || env.CREDIT_PLATFORMS_URL;
  const timeout = Number(env.PROOF_SOURCES_TIMEOUT_MS);
  return {
    baseUrl: base ? base.replace(/\/+$/, '') : null,
    secret: env.PROOF_SOURCES_SECRET || env.CREDIT_SIGNING_SECRET || DEV_SIGNING_SECRET,
    timeoutMs: Number.isInteger(timeout) && timeout > 0 ? timeout : 5_000,
  };
}

let current: ProofSourcesConfig | undefined;

export const proofSourcesConfig = (): ProofSourcesConfig => (current ??= loadProofSourcesConfig());

export function setProofSourcesConfig(config: ProofSourcesConfig | undefined): void {
  current = config;
}

export const proofSourcesConfigFor = (
  baseUrl: string,
  secret = DEV_SIGNING_SECRET,
  timeoutMs = 5_000,
): ProofSourcesConfig => ({
  baseUrl: baseUrl.replace(/\/+$/, ''),
  secret,
  timeoutMs,
});
