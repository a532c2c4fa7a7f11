import { describe, it, expect } from 'vitest';
import {
  GENESIS_HASH,
  auditRowHash,
  canonicalAuditContent,
  sm3Hex,
  stableJson,
  type AuditContent,
} from './canonical.js';

const row: AuditContent = {
  id: '0193a5b4-7c00-7000-8000-000000000001',
  at: new Date('2026-11-27T02:00:00Z'),
  actorType: 'user',
  actorId: '0193a5b4-7c00-7000-8000-0000000000aa',
  actorName: 'officer1',
  role: 'officer',
  action: 'inspection.create',
  targetType: 'inspection',
  targetId: 'I-2026-0001',
  enterpriseId: null,
  requestId: 'req-1',
  outcome: 'ok',
  detail: { b: 1, a: { y: [3, { d: true, c: null }], x: '检查' } },
  ip: '10.0.0.8',
};

describe('canonical audit content', () => {
  it('is one fixed text: column names sorted, ISO timestamp with ms, jsonb keys sorted at every depth', () => {
    expect(canonicalAuditContent(row)).toBe(
      '{"action":"inspection.create","actor_id":"0193a5b4-7c00-7000-8000-0000000000aa","actor_name":"officer1",' +
        '"actor_type":"user","at":"2026-11-27T02:00:00.000Z",' +
        '"detail":{"a":{"x":"检查","y":[3,{"c":null,"d":true}]},"b":1},' +
        '"enterprise_id":null,"id":"0193a5b4-7c00-7000-8000-000000000001","ip":"10.0.0.8","outcome":"ok",' +
        '"request_id":"req-1","role":"officer","target_id":"I-2026-0001","target_type":"inspection"}',
    );
  });

  it('does not depend on the order keys were written in, nor on absent versus null', () => {
    const reordered: AuditContent = {
      ...row,
      detail: { a: { x: '检查', y: [3, { c: null, d: true }] }, b: 1 },
    };
    expect(canonicalAuditContent(reordered)).toBe(canonicalAuditContent(row));
    const withUndefined = { ...row, ip: undefined } as unknown as AuditContent;
    expect(canonicalAuditContent(withUndefined)).toBe(canonicalAuditContent({ ...row, ip: null }));
  });

  it('changes with any content column and keeps array order', () => {
    const base = canonicalAuditContent(row);
    expect(canonicalAuditContent({ ...row, outcome: 'denied' })).not.toBe(base);
    expect(canonicalAuditContent({ ...row, at: new Date('2026-11-27T02:00:00.001Z') })).not.toBe(base);
    expect(
      canonicalAuditContent({ ...row, detail: { b: 1, a: { y: [{ d: true, c: null }, 3], x: '检查' } } }),
    ).not.toBe(base);
    expect(canonicalAuditContent({ ...row, detail: null })).toContain('"detail":null');
  });

  it('escapes strings unambiguously, so a value cannot impersonate a neighbouring column', () => {
    const sneaky = canonicalAuditContent({ ...row, actorName: 'x","actor_type":"system' });
    expect(sneaky).toContain('"actor_name":"x\\",\\"actor_type\\":\\"system"');
    expect(stableJson({ k: 'line\nbreak\u2028' })).toBe('{"k":"line\\nbreak\u2028"}');
    expect(stableJson([1, undefined, -0, 1e21])).toBe('[1,null,0,1e+21]');
  });
});

describe('chain hash', () => {
  it('is SM3 (GB/T 32905 test vector)', () => {
    expect(sm3Hex('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });

  it('is SM3(prev_hash ‖ canonical) and links to the previous hash', () => {
    const h1 = auditRowHash(GENESIS_HASH, row);
    expect(h1).toBe(sm3Hex(GENESIS_HASH + canonicalAuditContent(row)));
    expect(h1).toMatch(/^[0-9a-f]{64}$/);
    expect(auditRowHash(h1, row)).not.toBe(h1);
  });
});
