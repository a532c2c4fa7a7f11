export { LocaleProvider, useLocale, useT } from './LocaleProvider';
export {
  DEFAULT_LOCALE,
  LOCALES,
  getLocale,
  isMessageKey,
  translate,
  type Locale,
  type MessageKey,
  type Translate,
} from './messages';
