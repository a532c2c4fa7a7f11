import type { Ctx } from '../../src/platform/policy/actor.js';

/** Request `n` at `now`, by one of four officers of no department (`officer0` … `officer3`, by `n` mod 4). */
export function officerRequest(now: Date, n: number): Ctx {
  const k = n % 4;
  return {
    actor: {
      kind: 'user',
      userId: `0193a5b4-7c00-7000-8000-${String(k).padStart(12, '0')}`,
      username: `officer${k}`,
      displayName: `执法人员${k}`,
      role: 'officer',
      departmentId: null,
      teamId: null,
      officerId: null,
      enterpriseId: null,
    },
    requestId: `req-${n}`,
    locale: 'zh-CN',
    ip: '10.0.0.1',
    now,
  };
}
