import { isMessageKey, type Translate } from '../i18n';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-03-01" stays as it is (a calendar date has no time zone); a timestamp shows in local time. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  if (DATE_ONLY.test(value)) return value;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  if (DATE_ONLY.test(value)) return value;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return `${formatDate(value)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * Renders any JSON value of the enterprise file as text: dates formatted, known enumerated values
 * translated (value.* keys), lists joined, references shown by name, ranges as "start ~ end".
 */
export function formatValue(value: unknown, t: Translate): string {
  if (value === null || value === undefined || value === '') return t('common.none');
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number') return value.toLocaleString();
  if (typeof value === 'string') {
    if (DATE_TIME.test(value)) return formatDateTime(value);
    const key = `value.${value}`;
    return isMessageKey(key) ? t(key) : value;
  }
  if (Array.isArray(value)) {
    return value.length
      ? value.map((v) => formatValue(v, t)).join(t('common.listSeparator'))
      : t('common.none');
  }
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.name === 'string') return o.name;
    if (typeof o.title === 'string') return o.title;
    if ('minEnd' in o || 'maxEnd' in o)
      return `${formatValue(o.start, t)} ~ ${formatValue(o.maxEnd ?? o.minEnd, t)}`;
    if ('start' in o || 'end' in o) return `${formatValue(o.start, t)} ~ ${formatValue(o.end, t)}`;
    return JSON.stringify(value);
  }
  return String(value);
}
