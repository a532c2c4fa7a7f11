import { codeQrUrl } from './api';
import { useT } from '../i18n';

/** The code's QR image (served by the API; it encodes the public verification page). */
export function CodeQr({ code, size = 180 }: { code: string; size?: number }) {
  const t = useT();
  return (
    <img
      src={codeQrUrl(code)}
      width={size}
      height={size}
      alt={t('inspection.qrAlt')}
      data-testid="code-qr"
      style={{ display: 'block', background: '#fff' }}
    />
  );
}
