import { useCallback, useState } from 'react';
import { useShowError } from '../api/useShowError';
import { saveBlob } from './download';

type Fetch = () => Promise<{ blob: Blob; fileName: string | null }>;

/**
 * Runs a download and saves the file (the server's file name, else `fallbackName`); errors are shown as
 * messages. Returns whether one is running and the function that starts it.
 */
export function useDownload(): [
  busy: boolean,
  download: (fetch: Fetch, fallbackName: string) => Promise<void>,
] {
  const showError = useShowError();
  const [busy, setBusy] = useState(false);
  const download = useCallback(
    async (fetch: Fetch, fallbackName: string) => {
      setBusy(true);
      try {
        const { blob, fileName } = await fetch();
        saveBlob(blob, fileName ?? fallbackName);
      } catch (error) {
        showError(error);
      } finally {
        setBusy(false);
      }
    },
    [showError],
  );
  return [busy, download];
}
