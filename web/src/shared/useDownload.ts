import { useCallback } from 'react';
import { saveBlob } from './download';
import { useAction } from './useAction';

type Fetch = () => Promise<{ blob: Blob; fileName: string | null }>;

/**
 * Runs a download and saves the file (the server's file name, else `fallbackName`); errors are shown as
 * messages. Returns whether one is running and the function that starts it.
 */
export function useDownload(): [
  busy: boolean,
  download: (fetch: Fetch, fallbackName: string) => Promise<void>,
] {
  const [busy, run] = useAction();
  const download = useCallback(
    (fetch: Fetch, fallbackName: string) =>
      run(async () => {
        const { blob, fileName } = await fetch();
        saveBlob(blob, fileName ?? fallbackName);
      }),
    [run],
  );
  return [busy, download];
}
