import { Alert, Button } from 'antd';
import { ApiError } from '../api/client';
import { useErrorText } from '../api/useShowError';
import { useT } from '../i18n';

/** A failed list load, above the (empty or stale) table; nothing for no error or a 401 (login follows). */
export function QueryErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  if (!error || (error instanceof ApiError && error.status === 401)) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={errorText(error)}
      style={{ marginBottom: 16 }}
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )
      }
    />
  );
}
