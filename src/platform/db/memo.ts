/**
 * `open` run once, its promise shared by every caller; forgotten when it fails, so the next caller tries again
 * (a database not up yet must not stay failed). `current()` is the promise so far, if any (to wait for on close).
 */
export function onceRetried<T>(open: () => Promise<T>): (() => Promise<T>) & { current(): Promise<T> | undefined } {
  let memo: Promise<T> | undefined;
  const get = () =>
    (memo ??= open().catch((err: unknown) => {
      memo = undefined;
      throw err;
    }));
  return Object.assign(get, { current: () => memo });
}
