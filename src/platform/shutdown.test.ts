import { describe, expect, it } from 'vitest';
import { createShutdown } from './shutdown.js';

const exits = () => {
  const codes: number[] = [];
  return { codes, exit: (c: number) => void codes.push(c) };
};

describe('createShutdown', () => {
  it('runs every step and exits 0 even when logging throws (closed log pipe)', async () => {
    const ran: string[] = [];
    const { codes, exit } = exits();
    const shutdown = createShutdown({
      steps: [async () => ran.push('http'), async () => ran.push('workers'), async () => ran.push('db')],
      forceAfterMs: 1000,
      log: () => {
        throw Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
      },
      exit,
    });
    await shutdown('SIGTERM');
    expect(ran).toEqual(['http', 'workers', 'db']);
    expect(codes).toEqual([0]);
  });

  it('a failing step does not stop the later ones; the exit code says it failed', async () => {
    const ran: string[] = [];
    const { codes, exit } = exits();
    const shutdown = createShutdown({
      steps: [async () => Promise.reject(new Error('boom')), async () => ran.push('db')],
      forceAfterMs: 1000,
      log: () => undefined,
      exit,
    });
    await shutdown('SIGINT');
    expect(ran).toEqual(['db']);
    expect(codes).toEqual([1]);
  });

  it('a step that never ends is cut off by the forced exit; a second signal changes nothing', async () => {
    const { codes, exit } = exits();
    const shutdown = createShutdown({ steps: [() => new Promise(() => {})], forceAfterMs: 50, log: () => undefined, exit });
    void shutdown('SIGTERM');
    void shutdown('SIGTERM');
    await new Promise((r) => setTimeout(r, 120));
    expect(codes).toEqual([1]);
  });
});
