import { Button } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { loginUrl } from '../auth/next';

/** A visitor's way to the login page, which brings them back to this scan page. */
export function LoginButton({ testId, children }: { testId: string; children: ReactNode }) {
  const location = useLocation();
  return (
    <Link to={loginUrl(location.pathname)}>
      <Button block data-testid={testId}>
        {children}
      </Button>
    </Link>
  );
}
