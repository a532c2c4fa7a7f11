/**
 * A cell as every import reads it: as text, as 是/否, as a date (Excel date cells and serial numbers, the usual
 * written forms). Pure, no I/O.
 */
import type { Cell } from './columns.js';

/** A cell as text ('' for an empty cell). Whole numbers print without exponent or decimals. */
export function cellText(v: Cell): string {
  if (v === null) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if (typeof v === 'number') return Number.isInteger(v) ? v.toFixed(0) : String(v);
  return String(v).trim();
}

export type Parsed<T> = { ok: true; value: T } | { ok: false };

const TRUE = new Set(['是', '1', 'y', 'yes', 'true', '√', '✓', '规上', 'on']);
const FALSE = new Set(['否', '0', 'n', 'no', 'false', '×', '✗', '规下', 'off']);

/** 规模以上: 是/否, yes/no, true/false, 1/0 (an empty cell is 否). */
export function parseBoolean(v: Cell): Parsed<boolean> {
  if (v === null) return { ok: true, value: false };
  if (typeof v === 'boolean') return { ok: true, value: v };
  const t = cellText(v).toLowerCase();
  if (t === '') return { ok: true, value: false };
  if (TRUE.has(t)) return { ok: true, value: true };
  if (FALSE.has(t)) return { ok: true, value: false };
  return { ok: false };
}

const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(y: number, m: number, d: number): string | undefined {
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Days from Excel's day 0 (1899-12-30, the 1900 date system with its leap-year bug absorbed) to 1970-01-01. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * 成立日期: an Excel date cell (exceljs gives the wall-clock day as UTC midnight), an Excel serial number,
 * YYYY-MM-DD, YYYY/M/D, YYYY.M.D, YYYY年M月D日 or YYYYMMDD (an empty cell is no date).
 */
export function parseDate(v: Cell): Parsed<string | null> {
  if (v === null) return { ok: true, value: null };
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return { ok: false };
    const s = isoDate(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate());
    return s ? { ok: true, value: s } : { ok: false };
  }
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= 18000101 && v <= 22001231) {
      const s = isoDate(Math.floor(v / 10000), Math.floor(v / 100) % 100, v % 100);
      return s ? { ok: true, value: s } : { ok: false };
    }
    if (v >= 1 && v < 200_000) return parseDate(new Date(EXCEL_EPOCH_MS + Math.floor(v) * 86_400_000));
    return { ok: false };
  }
  const t = cellText(v).normalize('NFKC');
  if (t === '') return { ok: true, value: null };
  const m =
    /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T].*)?$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (!m) return { ok: false };
  const s = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return s ? { ok: true, value: s } : { ok: false };
}

