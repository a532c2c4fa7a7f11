import { useApiQuery } from '../api/useApiQuery';
import { useLocale } from '../i18n';
import { LICENCE_KINDS_PATH } from './api';
import type { LicenceKind } from './types';

/** Licence kinds from the server, and a kind's name in the reader's language. */
export function useLicenceKinds() {
  const { locale } = useLocale();
  const { data } = useApiQuery<{ items: LicenceKind[] }>(LICENCE_KINDS_PATH);
  const kinds = data?.items ?? [];
  const nameOf = (code: string) => {
    const k = kinds.find((x) => x.code === code);
    return k ? (locale === 'zh-CN' ? k.nameZh : k.nameEn) : code;
  };
  return { kinds, nameOf, options: kinds.map((k) => ({ value: k.code, label: nameOf(k.code) })) };
}
