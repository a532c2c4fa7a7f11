/**
 * The chaos harness must catch a broken build: with the A3 frequency check switched off (a fault injected by the
 * harness's own module hooks, never by the application), the SIGKILL scenario's SQL invariant reports the
 * violation and the run exits non-zero; the same run on the real build passes.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

function chaos(args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/chaos/run.ts', '--short', '--only', 'kill', '--from-source', '--seed', '7', ...args], {
      cwd: ROOT,
      env: { ...process.env, CHAOS_DATABASE_URL: process.env.TEST_DATABASE_URL },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

describe.runIf(process.env.TEST_DATABASE_URL)('chaos harness', () => {
  it('fails a build whose A3 check is skipped, naming the violation', async () => {
    const r = await chaos(['--fault', 'skip-frequency-check']);
    expect(r.out).toMatch(/A3 violated: two planned codes of one enterprise less than 7 days apart/);
    expect(r.code).toBe(1);
  }, 300_000);

  it('passes the same scenario on the real build', async () => {
    const r = await chaos([]);
    expect(r.out).toMatch(/chaos: no violation/);
    expect(r.code).toBe(0);
  }, 300_000);
});
