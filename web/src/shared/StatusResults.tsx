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

export function ForbiddenResult({ detail }: { detail?: string }) {
  const t = useT();
  return (
    <Result
      status="403"
      title={t('error.forbidden.title')}
      subTitle={detail ?? t('error.forbidden.detail')}
      extra={<BackHome />}
    />
  );
}

export function NotFoundResult({ detail }: { detail?: string }) {
  const t = useT();
  return (
    <Result
      status="404"
      title={t('error.notFound.title')}
      subTitle={detail ?? t('error.notFound.detail')}
      extra={<BackHome />}
    />
  );
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
