/**
 * Spreadsheet formula injection (CSV/formula injection, OWASP): a text cell that starts with `=`, `+`, `-`, `@`,
 * a tab or a carriage return may be run as a formula when the export is opened or edited in Excel or WPS. Every
 * export writes its data rows through `guardedRow`, which prefixes such text with a single quote (OWASP's
 * recommendation); numbers, dates and booleans are written as they are. The import readers take the quote off
 * again (`unguardFormula`), so an export stays re-importable.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const GUARDED = /^'[=+\-@\t\r]/;

/** The value to write into a cell: text that a spreadsheet could run as a formula gets a leading `'`. */
export function guardFormula<T>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/** A data row of an export, every text cell guarded. */
export function guardedRow<T>(values: readonly T[]): (T | string)[] {
  return values.map(guardFormula);
}

/** An imported cell's text with the guard of an export taken off (`'=1+1` → `=1+1`); other text unchanged. */
export function unguardFormula(text: string): string {
  return GUARDED.test(text) ? text.slice(1) : text;
}
