import { isMessageKey, type Translate } from '../i18n';
import type { PenaltyKind } from './types';

/** A dictionary entry `prefix + code` when there is one, else the fallback (or the code itself). */
export function labelOf(t: Translate, prefix: string, code: string, fallback?: string | null): string {
  const key = `${prefix}${code}`;
  return isMessageKey(key) ? t(key) : (fallback ?? code);
}

export const kindsText = (kinds: readonly PenaltyKind[], t: Translate) =>
  kinds.map((k) => t(`value.${k}`)).join(t('common.listSeparator'));

export const amountText = (amount: number | null | undefined, t: Translate) =>
  amount ? t('credit.amount', { amount: amount.toLocaleString() }) : t('common.none');

/** The platforms a repair is delivered to (C5), in display order. */
export const DELIVERY_PLATFORMS = ['credit-china', 'gsxt', 'industry'] as const;

/** 信用中国, 公示系统, the industry platform (the API sends codes in counts, names in deliveries). */
export const platformName = (t: Translate, code: string, fallback?: string | null) =>
  labelOf(t, 'credit.platform.', code, fallback);

/** A publicity class of a rule set (`minor`, `never-early` …). */
export const className = (t: Translate, name: string) => labelOf(t, 'credit.class.', name);

/** Where a proof came from: the fiscal e-receipt platform, the industry platform, the enterprise. */
export const sourceName = (t: Translate, source: string | null) =>
  source ? labelOf(t, 'credit.source.', source) : t('common.none');
