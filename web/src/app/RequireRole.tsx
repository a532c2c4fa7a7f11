import type { ReactNode } from 'react';
import { useMe } from '../auth/SessionProvider';
import { ForbiddenResult } from '../shared/StatusResults';
import { canAccess, menuEntry } from './menu';

/** Renders its children only for the roles of the given menu entry (see menu.tsx); others see 403. */
export function RequireRole({ entry, children }: { entry: string; children: ReactNode }) {
  const me = useMe();
  return canAccess(me.role, menuEntry(entry)) ? children : <ForbiddenResult />;
}
