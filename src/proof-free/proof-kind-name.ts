import type { Locale } from '../platform/i18n/locale.js';
import { proofKinds } from './schema.js';

/** The proof kind's name in the caller's language, as a column to select (the kind joined). */
export const proofKindName = (locale: Locale) => (locale === 'zh-CN' ? proofKinds.nameZh : proofKinds.nameEn);
