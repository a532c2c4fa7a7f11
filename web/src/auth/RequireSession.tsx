import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useErrorText } from '../api/useShowError';
import { useT } from '../i18n';
import { FullPageSpin } from '../shared/FullPageSpin';
import { loginUrl } from './next';
import { useSession } from './SessionProvider';

/** Renders its children only with a session; without one it sends the user to /login?next=<here>. */
export function RequireSession({ children }: { children: ReactNode }) {
  const t = useT();
  const errorText = useErrorText();
  const { session, refresh } = useSession();
  const location = useLocation();

  switch (session.status) {
    case 'loading':
      return <FullPageSpin />;
    case 'anonymous':
      // After a deliberate logout there is nothing to come back to; an ended session returns here.
      return (
        <Navigate
          to={session.loggedOut ? '/login' : loginUrl(location.pathname + location.search + location.hash)}
          replace
        />
      );
    case 'failed':
      return (
        <Result
          status="error"
          title={t('error.session')}
          subTitle={errorText(session.error)}
          extra={<Button onClick={refresh}>{t('common.retry')}</Button>}
        />
      );
    case 'authenticated':
      return children;
  }
}
