import { describe, expect, it } from 'vitest';
import { startServer } from './support/server.js';
import { makeUscc } from '../src/identifiers/index.js';

const json = { 'content-type': 'application/json' };

async function adminCookie(url: string): Promise<string> {
  const r = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: json, body: JSON.stringify({ username: 'admin', password: 'Qinqing#2026' }) });
  expect(r.status).toBe(200);
  return r.headers.getSetCookie()[0]!.split(';')[0]!;
}

describe('embedded database durability', () => {
  it('a SIGINT during a burst of writes loses no acknowledged write, and the database opens again', async () => {
    const first = await startServer();
    const cookie = await adminCookie(first.url);
    const acknowledged: string[] = [];
    let stop = false;
    const writer = async (w: number) => {
      for (let k = 0; !stop; k++) {
        const uscc = makeUscc({ authority: '9', entityType: '1', division: '340202', organisationBase8: `MA${String(w).padStart(2, '0')}${String(k).padStart(4, '0')}` });
        try {
          const r = await fetch(`${first.url}/api/enterprises`, {
            method: 'POST',
            headers: { ...json, cookie },
            body: JSON.stringify({ uscc, name: `压力测试企业${w}-${k}有限公司`, legalRepresentative: '测试', address: '芜湖市镜湖区中山路1号', divisionCode: '340202', industry: 'factory' }),
          });
          if (r.status === 201) acknowledged.push(uscc);
        } catch {
          return; // the server stopped accepting connections
        }
      }
    };
    const writers = Array.from({ length: 8 }, (_, w) => writer(w));
    while (acknowledged.length < 60) await new Promise((r) => setTimeout(r, 20));
    const exit = await first.stop('SIGINT');
    stop = true;
    await Promise.all(writers);
    expect(exit).toBe(0);
    expect(acknowledged.length).toBeGreaterThanOrEqual(60);

    const second = await startServer({ dataDir: first.dataDir });
    try {
      const again = await adminCookie(second.url);
      const missing: string[] = [];
      for (const uscc of acknowledged) {
        const r = await fetch(`${second.url}/api/enterprises/${uscc}`, { headers: { cookie: again } });
        if (r.status !== 200) missing.push(uscc);
      }
      expect(missing).toEqual([]);
    } finally {
      await second.stop();
    }
  });
});
