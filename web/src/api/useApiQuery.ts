import { useCallback, useEffect, useState } from 'react';
import { useLocale } from '../i18n';
import { api, buildUrl, isAbortError, type ApiError, type Query } from './client';

export interface ApiQuery<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

interface State<T> {
  data?: T;
  error?: ApiError;
  loading: boolean;
}

/**
 * GETs `path` (with `query`) and refetches whenever the URL or the locale changes (answers such as
 * industry names come in the request language). Pass `null` as path to fetch nothing yet.
 * The previous data stays while the next page loads, so tables do not flicker.
 */
export function useApiQuery<T>(path: string | null, query?: Query): ApiQuery<T> {
  const { locale } = useLocale();
  const url = path === null ? null : buildUrl(path, query);
  const [state, setState] = useState<State<T>>({ loading: url !== null });
  const [nonce, setNonce] = useState(0);

  useEffect(() => {
    if (url === null) return;
    const controller = new AbortController();
    setState((s) => ({ data: s.data, loading: true }));
    api.get<T>(url, undefined, controller.signal).then(
      (data) => setState({ data, loading: false }),
      (error: unknown) => {
        if (isAbortError(error)) return;
        setState((s) => ({ data: s.data, error: error as ApiError, loading: false }));
      },
    );
    return () => controller.abort();
  }, [url, locale, nonce]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
