/**
 * The columns an import reads: a field, its headers in Chinese and English (also written by exports and
 * templates) and further accepted headers; cells as read. Pure, no I/O.
 */
import type { Locale } from '../i18n/locale.js';

export interface SheetColumn<F extends string> {
  field: F;
  zh: string;
  en: string;
  /** The header must be present. */
  required: boolean;
  /** Further accepted headers (compared after {@link normaliseHeader}). */
  aliases: readonly string[];
}

/** A cell as read from the sheet: text is trimmed, '' is null. */
export type Cell = string | number | boolean | Date | null;

/**
 * Case-, width- and space-insensitive form of a header: NFKC (full-width → ASCII), lower case, without spaces,
 * `_`, `-`, a required-marker `*` or a trailing note in brackets (「企业名称（必填）」→「企业名称」).
 */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[*＊]/g, '')
    .replace(/\s+/g, '')
    .replace(/\((?:必填|选填|可选|required|optional)\)$/, '')
    .replace(/[_-]/g, '');
}

/** The column's header in the caller's language. */
export function columnLabel<F extends string>(
  columns: readonly SheetColumn<F>[],
  field: F,
  locale: Locale,
): string {
  const c = columns.find((x) => x.field === field)!;
  return locale === 'zh-CN' ? c.zh : c.en;
}

/**
 * Maps the header row to fields: field → 0-based position in the row. The first column naming a field wins;
 * unknown headers are ignored. Returns the required fields that have no column.
 */
export function mapHeader<F extends string>(
  columns: readonly SheetColumn<F>[],
  header: readonly (string | null)[],
): { positions: Map<F, number>; missing: F[] } {
  const byHeader = new Map<string, F>();
  for (const c of columns) {
    for (const h of [c.zh, c.en, c.field, ...c.aliases]) {
      const key = normaliseHeader(h);
      if (!byHeader.has(key)) byHeader.set(key, c.field);
    }
  }
  const positions = new Map<F, number>();
  header.forEach((h, i) => {
    const field = h ? byHeader.get(normaliseHeader(h)) : undefined;
    if (field && !positions.has(field)) positions.set(field, i);
  });
  const missing = columns.filter((c) => c.required && !positions.has(c.field)).map((c) => c.field);
  return { positions, missing };
}
