import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../api/client';
import { useErrorText } from '../api/useShowError';
import { useT } from '../i18n';

function BackHome() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Button type="primary" onClick={() => navigate('/')}>
      {t('error.backHome')}
    </Button>
  );
}

/** A page the user may not see (403) or that is not there (404), with the way back home. */
function PageResult({ status, detail }: { status: '403' | '404'; detail?: string }) {
  const t = useT();
  const kind = status === '403' ? 'forbidden' : 'notFound';
  return (
    <Result
      status={status}
      title={t(`error.${kind}.title`)}
      subTitle={detail ?? t(`error.${kind}.detail`)}
      extra={<BackHome />}
    />
  );
}

export function ForbiddenResult({ detail }: { detail?: string }) {
  return <PageResult status="403" detail={detail} />;
}

export function NotFoundResult({ detail }: { detail?: string }) {
  return <PageResult status="404" detail={detail} />;
}

/** A failed page load: 403 and 404 get their own pictures, anything else a retry button. */
export function ErrorResult({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const detail = errorText(error);
  if (error instanceof ApiError && error.status === 403) return <ForbiddenResult detail={detail} />;
  if (error instanceof ApiError && error.status === 404) return <NotFoundResult detail={detail} />;
  return (
    <Result
      status="error"
      title={t('error.loadFailed')}
      subTitle={detail}
      extra={onRetry && <Button onClick={onRetry}>{t('common.retry')}</Button>}
    />
  );
}
