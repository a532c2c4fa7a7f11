import type { ReactElement } from 'react';
import type { ApiQuery } from '../api/useApiQuery';
import { FullPageSpin } from './FullPageSpin';
import { ErrorResult } from './StatusResults';

/** A detail page's record once it is there, or else what the page shows meanwhile. */
export type PageRecord<T> = { data: T; wait?: undefined } | { data?: undefined; wait: ReactElement };

/**
 * A detail page's record from its query. Until it is there — or while the data is still the record shown before
 * (another one followed from a link) — the page shows `wait` instead: the failure with a retry, or a spinner.
 */
export function pageRecord<T>(
  { data, error, loading, reload }: ApiQuery<T>,
  isCurrent: (data: T) => boolean,
): PageRecord<T> {
  if (error) return { wait: <ErrorResult error={error} onRetry={reload} /> };
  if (!data || (loading && !isCurrent(data))) return { wait: <FullPageSpin /> };
  return { data };
}
