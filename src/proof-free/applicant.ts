/** The applicant's ID number, checked by GB 11643 (422 `invalid-id-number` naming the reason). */
import { checkIdNumber } from '../identifiers/index.js';
import { AppError } from '../platform/errors/app-error.js';
import type { Locale } from '../platform/i18n/locale.js';
import { applicantHash, maskIdNumber } from './identity.js';

const REASONS: Record<string, { zh: string; en: string }> = {
  empty: { zh: '为空', en: 'empty' },
  length: { zh: '须为 18 位', en: 'must be 18 characters' },
  character: { zh: '含非法字符', en: 'contains an invalid character' },
  division: { zh: '地址码无效', en: 'invalid division code' },
  'birth-date': { zh: '出生日期无效', en: 'invalid birth date' },
  'check-character': { zh: '校验码错误', en: 'wrong check character' },
};

export interface Applicant {
  idNumber: string;
  hash: string;
  masked: string;
}

export function checkApplicant(raw: string, now: Date, locale: Locale): Applicant {
  const check = checkIdNumber(raw.trim().toUpperCase(), now);
  if (!check.ok) {
    const r = REASONS[check.reason] ?? { zh: check.reason, en: check.reason };
    throw new AppError(
      422,
      'invalid-id-number',
      { reason: locale === 'zh-CN' ? r.zh : r.en },
      { reason: check.reason, position: check.position },
    );
  }
  return {
    idNumber: check.idNumber,
    hash: applicantHash(check.idNumber),
    masked: maskIdNumber(check.idNumber),
  };
}
