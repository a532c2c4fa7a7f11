import { useCallback, useState } from 'react';
import { useShowError } from '../api/useShowError';

/**
 * Runs an act (a save, an upload, a download) and reports whether one is running; a failure is shown as a
 * message, never thrown. Returns whether one is running and the function that runs one.
 */
export function useAction(): [busy: boolean, run: (act: () => Promise<unknown>) => Promise<void>] {
  const showError = useShowError();
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (act: () => Promise<unknown>) => {
      setBusy(true);
      try {
        await act();
      } catch (error) {
        showError(error);
      } finally {
        setBusy(false);
      }
    },
    [showError],
  );
  return [busy, run];
}
