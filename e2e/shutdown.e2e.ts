import { describe, expect, it } from 'vitest';
import { startServer } from './support/server.js';

describe('stopping the server after its log reader went away', () => {
  it('SIGTERM ends the process within the forced deadline when stdout is a closed pipe (`… | head`)', async () => {
    const server = await startServer({ env: { LOG_LEVEL: 'info', LOG_FORMAT: 'json', QINQING_SANDBOX: '0' } });
    // The reader goes away: every later log line hits a closed pipe.
    server.process.stdout!.destroy();
    for (let i = 0; i < 20; i++) expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    const started = Date.now();
    const exit = await Promise.race([
      server.stop('SIGTERM'),
      new Promise<'still running'>((r) => setTimeout(() => r('still running'), 20_000)),
    ]);
    if (exit === 'still running') server.process.kill('SIGKILL');
    expect(exit).not.toBe('still running');
    expect(Date.now() - started).toBeLessThan(16_000);
  }, 120_000);
});
