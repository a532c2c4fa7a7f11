import { isMessageKey, type Translate } from '../i18n';
import { formatDateTime } from '../shared/format';
import type { SupervisionAlert } from './types';

const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/** One line of what raised the alert, from the signal's detail (its shape depends on the kind). */
export function alertDetail(a: SupervisionAlert, t: Translate): string {
  const d = a.detail;
  switch (a.kind) {
    case 'frequency-7d':
    case 'frequency-30d':
      return t('alert.detail.frequency', { days: text(d.days), count: text(d.count), max: text(d.max) });
    case 'over-frequency': {
      const key = `value.${text(d.trigger)}`;
      const trigger = isMessageKey(key) ? t(key) : text(d.trigger);
      // The signal names the rule set's days (older signals did not).
      return d.days === undefined
        ? t('alert.detail.overFrequencyWindow', { trigger })
        : t('alert.detail.overFrequency', { trigger, days: text(d.days) });
    }
    case 'late-result':
      return t('alert.detail.lateResult', {
        due: formatDateTime(text(d.dueAt)),
        at: formatDateTime(text(d.recordedAt)),
      });
    case 'low-rating':
      return t('alert.detail.lowRating', {
        overall: text(d.overall),
        conduct: text(d.conduct),
        integrity: text(d.integrity),
        efficiency: text(d.efficiency),
        service: text(d.service),
      });
    case 'complaint': {
      const key = `complaint.category.${text(d.category)}`;
      return t('common.labelValue', {
        label: isMessageKey(key) ? t(key) : text(d.category),
        value: text(d.content),
      });
    }
    case 'backfilled-code':
      return t('alert.detail.backfilled', { at: formatDateTime(text(d.windowStart)) });
    case 'hotline':
      return t('common.labelValue', { label: text(d.ticketNo), value: text(d.excerpt) });
    default:
      return text(d.excerpt) || text(d.content) || text(d.title);
  }
}
