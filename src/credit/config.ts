/**
 * Where the credit platforms are (C4 proof sources, C5 delivery targets). Read from the environment once, on
 * first use; `setCreditConfig` replaces it (tests, or a process that starts the sandbox beside the demo).
 *
 *   CREDIT_PLATFORMS_URL   one base URL serving all four under /creditchina, /gsxt, /industry, /fiscal
 *                          (the sandbox: `npm run sandbox`, http://127.0.0.1:3100)
 *   CREDIT_CHINA_URL       信用中国 — receives repairs            (overrides the base; `off` disconnects)
 *   CREDIT_GSXT_URL        国家企业信用信息公示系统 — receives repairs
 *   CREDIT_INDUSTRY_URL    the industry platform — rectification records, receives repairs
 *   FISCAL_RECEIPTS_URL    财政电子票据 — payment receipts of fines
 *   CREDIT_SIGNING_SECRET  shared HMAC-SHA256 secret signing every request (a development default when unset)
 *   CREDIT_TIMEOUT_MS      longest wait for a platform's answer (default 10 000)
 *
 * With none of the URLs set no platform is connected: repairs are recorded but not delivered, and every proof
 * is asked of the subject.
 */
export const DELIVERY_PLATFORMS = ['credit-china', 'gsxt', 'industry'] as const;
export type DeliveryPlatform = (typeof DELIVERY_PLATFORMS)[number];

export const PLATFORM_NAMES: Record<DeliveryPlatform | 'fiscal', { zh: string; en: string; path: string }> = {
  'credit-china': { zh: '信用中国', en: 'Credit China', path: 'creditchina' },
  gsxt: { zh: '国家企业信用信息公示系统', en: 'National Enterprise Credit Information Publicity System', path: 'gsxt' },
  industry: { zh: '行业信用信息平台', en: 'Industry credit platform', path: 'industry' },
  fiscal: { zh: '财政电子票据公共服务平台', en: 'Fiscal e-receipt platform', path: 'fiscal' },
};

export const DEV_SIGNING_SECRET = 'qinqing-dev-credit-secret';

export interface CreditConfig {
  /** Base URL of each connected delivery platform. */
  platforms: Partial<Record<DeliveryPlatform, string>>;
  fiscalUrl: string | null;
  industryUrl: string | null;
  secret: string;
  timeoutMs: number;
}

const trim = (u: string) => u.replace(/\/+$/, '');

export function loadCreditConfig(env: NodeJS.ProcessEnv = process.env): CreditConfig {
  const base = env.CREDIT_PLATFORMS_URL ? trim(env.CREDIT_PLATFORMS_URL) : null;
  const url = (own: string | undefined, path: string): string | null => {
    if (own === 'off') return null;
    if (own) return trim(own);
    return base ? `${base}/${path}` : null;
  };
  const platforms: Partial<Record<DeliveryPlatform, string>> = {};
  const own: Record<DeliveryPlatform, string | undefined> = {
    'credit-china': env.CREDIT_CHINA_URL,
    gsxt: env.CREDIT_GSXT_URL,
    industry: env.CREDIT_INDUSTRY_URL,
  };
  for (const p of DELIVERY_PLATFORMS) {
    const u = url(own[p], PLATFORM_NAMES[p].path);
    if (u) platforms[p] = u;
  }
  const timeout = Number(env.CREDIT_TIMEOUT_MS);
  return {
    platforms,
    fiscalUrl: url(env.FISCAL_RECEIPTS_URL, PLATFORM_NAMES.fiscal.path),
    industryUrl: platforms.industry ?? null,
    secret: env.CREDIT_SIGNING_SECRET || DEV_SIGNING_SECRET,
    timeoutMs: Number.isInteger(timeout) && timeout > 0 ? timeout : 10_000,
  };
}

/** The configuration for a sandbox (or any server) at `baseUrl` serving all four platforms. */
export const creditConfigFor = (baseUrl: string, secret = DEV_SIGNING_SECRET, timeoutMs = 10_000): CreditConfig =>
  loadCreditConfig({ CREDIT_PLATFORMS_URL: baseUrl, CREDIT_SIGNING_SECRET: secret, CREDIT_TIMEOUT_MS: String(timeoutMs) });

let current: CreditConfig | undefined;

export function creditConfig(): CreditConfig {
  return (current ??= loadCreditConfig());
}

export function setCreditConfig(config: CreditConfig | undefined): void {
  current = config;
}

/** The delivery platforms connected now, in a stable order. */
export const connectedPlatforms = (config: CreditConfig = creditConfig()): DeliveryPlatform[] =>
  DELIVERY_PLATFORMS.filter((p) => config.platforms[p]);
