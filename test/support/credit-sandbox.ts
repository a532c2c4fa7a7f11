import { creditConfigFor, setCreditConfig } from '../../src/credit/config.js';
import { createSandbox } from '../../src/sandbox/server.js';
import type { TestApp } from './app.js';

/**
 * The credit platforms' sandbox on a free loopback port, on the test app's clock, with the credit part's config
 * pointed at it (`timeoutMs` per call); `close()` undoes both.
 */
export async function creditSandbox(t: TestApp, timeoutMs: number) {
  const sandbox = createSandbox({ clock: () => t.clock.now });
  const url = await sandbox.listen(0);
  setCreditConfig(creditConfigFor(url, undefined, timeoutMs));
  return {
    url,
    async close() {
      setCreditConfig(undefined);
      await sandbox.close();
    },
  };
}
