import { Card } from 'antd';
import { useApiQuery } from '../api/useApiQuery';
import { useSession } from '../auth/SessionProvider';
import { useT } from '../i18n';
import { inspectionPath } from '../inspections/api';
import { InspectionResultView } from '../inspections/result/InspectionResultView';
import type { Inspection } from '../inspections/types';
import { LoginButton } from './LoginButton';
import type { VerifiedCode } from './types';

/**
 * After the visit (status `done`): the enterprise the code names, signed in, reads the result here and opens its
 * rectification items to answer them; staff in scope read it too. The public never sees a result: a visitor is
 * offered the enterprise login.
 */
export function ResultSection({ code }: { code: VerifiedCode }) {
  const t = useT();
  const { session } = useSession();
  const me = session.status === 'authenticated' ? session.me : null;
  const own = me?.role === 'enterprise' ? me.enterprise?.uscc === code.enterprise.uscc : Boolean(me);
  const { data } = useApiQuery<Inspection>(
    code.status === 'done' && own ? inspectionPath(code.inspectionId) : null,
  );
  if (code.status !== 'done' || session.status === 'loading') return null;
  if (!me) return <LoginButton testId="scan-login-result">{t('result.loginToRead')}</LoginButton>;
  if (!data?.result) return null;
  return (
    <Card size="small" title={t('result.scanTitle')} data-testid="scan-result">
      <InspectionResultView
        inspectionId={data.id}
        result={data.result}
        recordedAt={data.resultRecordedAt}
        viewer={me.role === 'enterprise' ? 'enterprise' : 'staff'}
      />
    </Card>
  );
}
