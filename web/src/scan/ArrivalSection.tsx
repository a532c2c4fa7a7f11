import { Alert } from 'antd';
import { useSession } from '../auth/SessionProvider';
import { useT } from '../i18n';
import { ArrivalButton } from '../inspections/enterprise/ArrivalButton';
import { formatDateTime } from '../shared/format';
import { LoginButton } from './LoginButton';
import type { VerifiedCode } from './types';

/**
 * A6 — arrival: shown as confirmed once it is; while the code is valid, the enterprise the code names (signed
 * in) confirms it here; anyone else is offered the enterprise login.
 */
export function ArrivalSection({ code, onConfirmed }: { code: VerifiedCode; onConfirmed: () => void }) {
  const t = useT();
  const { session } = useSession();
  if (code.arrivalConfirmedAt) {
    return (
      <Alert
        type="success"
        showIcon
        data-testid="arrival-confirmed"
        title={t('inspection.arrivalConfirmedAt', { at: formatDateTime(code.arrivalConfirmedAt) })}
      />
    );
  }
  if (code.status !== 'valid' || session.status === 'loading') return null;
  const me = session.status === 'authenticated' ? session.me : null;
  if (me?.role === 'enterprise' && me.enterprise?.uscc === code.enterprise.uscc) {
    return <ArrivalButton block size="large" inspectionId={code.inspectionId} onConfirmed={onConfirmed} />;
  }
  if (me) return null;
  return <LoginButton testId="scan-login">{t('scan.loginToConfirm')}</LoginButton>;
}
