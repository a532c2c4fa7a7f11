import { App } from 'antd';
import { useCallback } from 'react';
import { useT } from '../i18n';
import { ApiError, isAbortError } from './client';

/** The user-facing text of any error: the API's detail (already localized) or a generic message. */
export function useErrorText(): (error: unknown) => string {
  const t = useT();
  return useCallback(
    (error: unknown) => (error instanceof ApiError && error.detail ? error.detail : t('error.unknown')),
    [t],
  );
}

/**
 * Shows an error in an antd message. A 401 is not shown: the session ends and the user is sent to the
 * login page; an aborted request is not an error.
 */
export function useShowError(): (error: unknown) => void {
  const { message } = App.useApp();
  const errorText = useErrorText();
  return useCallback(
    (error: unknown) => {
      if (isAbortError(error)) return;
      if (error instanceof ApiError && error.status === 401) return;
      void message.error(errorText(error));
    },
    [message, errorText],
  );
}
