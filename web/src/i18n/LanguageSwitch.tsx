import { GlobalOutlined } from '@ant-design/icons';
import { Button, type ButtonProps } from 'antd';
import { useLocale, useT } from './LocaleProvider';

/** Toggles between 中文 and English; the button names the language it switches to. */
export function LanguageSwitch({ type = 'text' }: { type?: ButtonProps['type'] }) {
  const t = useT();
  const { locale, setLocale } = useLocale();
  return (
    <Button
      type={type}
      icon={<GlobalOutlined />}
      title={t('lang.switchHint')}
      lang={locale === 'zh-CN' ? 'en' : 'zh-CN'}
      data-testid="lang-switch"
      onClick={() => setLocale(locale === 'zh-CN' ? 'en-US' : 'zh-CN')}
    >
      {t('lang.switchTo')}
    </Button>
  );
}
