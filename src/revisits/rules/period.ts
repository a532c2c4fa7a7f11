/**
 * G2 — a revisit period is a half year (每半年至少随机抽取一次), written `2026H1` / `2026H2`. Its bounds are China
 * (Asia/Shanghai, UTC+8, no daylight saving) midnights: H1 = 1 Jan – 30 Jun, H2 = 1 Jul – 31 Dec.
 */
export const PERIOD_PATTERN = /^(20\d{2})H([12])$/;

export interface Period {
  id: string;
  year: number;
  half: 1 | 2;
  /** Inclusive start and exclusive end, as instants. */
  start: Date;
  end: Date;
}

const CHINA_OFFSET_MS = 8 * 3_600_000;
const chinaMidnight = (year: number, month: number) => new Date(Date.UTC(year, month, 1) - CHINA_OFFSET_MS);

export function parsePeriod(id: string): Period | null {
  const m = PERIOD_PATTERN.exec(id);
  if (!m) return null;
  const year = Number(m[1]);
  const half = m[2] === '1' ? 1 : 2;
  return {
    id,
    year,
    half,
    start: chinaMidnight(year, half === 1 ? 0 : 6),
    end: half === 1 ? chinaMidnight(year, 6) : chinaMidnight(year + 1, 0),
  };
}

/** The period an instant falls in (China time). */
export function periodOf(at: Date): string {
  const china = new Date(at.getTime() + CHINA_OFFSET_MS);
  return `${china.getUTCFullYear()}H${china.getUTCMonth() < 6 ? 1 : 2}`;
}

/** The period before (the round whose results set this round's ratios, G5). */
export function previousPeriod(id: string): string {
  const p = parsePeriod(id);
  if (!p) throw new Error(`not a period: ${id}`);
  return p.half === 2 ? `${p.year}H1` : `${p.year - 1}H2`;
}
