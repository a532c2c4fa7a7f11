import { describe, expect, it } from 'vitest';
import { IssuanceCatalog, type CatalogFacts, type CatalogQuery } from './issuance-catalog.js';

const q: CatalogQuery = { itemIds: ['i1', 'i2', 'i1'], scenarioId: 's1', officerIds: ['o1', 'o2'], departmentId: 'd1' };
const item = (id: string) => ({ id, departmentId: 'd1', name: id, legalBasis: '—', published: true });
const officer = (id: string) => ({
  id,
  departmentId: 'd1',
  name: id,
  certificateNo: id,
  active: true,
  field: 'market',
  certificateFields: ['market'],
  certificateValidFrom: '2026-01-01',
  certificateValidUntil: '2030-01-01',
  certificateStatus: 'active' as const,
});
const facts: CatalogFacts = { items: [item('i1'), item('i2')], scenarioItemIds: ['i2'], officers: [officer('o1'), officer('o2')], annualCap: null };

describe('IssuanceCatalog', () => {
  it('answers only when it holds everything the query names, each row once', () => {
    const c = new IssuanceCatalog();
    expect(c.lookup(q)).toBeUndefined();
    c.keep(q, facts, c.readStarted());
    expect(c.lookup(q)).toEqual(facts);
    expect(c.lookup({ ...q, officerIds: ['o1', 'o3'] })).toBeUndefined();
    expect(c.lookup({ ...q, scenarioId: 's2' })).toBeUndefined();
    expect(c.lookup({ ...q, departmentId: 'd2' })).toBeUndefined();
    expect(c.lookup({ ...q, scenarioId: null })).toEqual({ ...facts, scenarioItemIds: [] });
    expect([c.hits, c.misses]).toEqual([2, 4]);
  });

  it('an unknown id is never answered from memory (the statement reads and refuses it)', () => {
    const c = new IssuanceCatalog();
    c.keep({ ...q, itemIds: ['i1', 'gone'] }, { ...facts, items: [item('i1')] }, c.readStarted());
    expect(c.lookup({ ...q, itemIds: ['i1', 'gone'] })).toBeUndefined();
    expect(c.lookup({ ...q, itemIds: ['i1'] })?.items).toEqual([item('i1')]);
  });

  it('forgets everything at a change of its kinds, and not at others', () => {
    const c = new IssuanceCatalog();
    c.keep(q, facts, c.readStarted());
    c.changed('inspection');
    c.changed('session');
    expect(c.lookup(q)).toBeDefined();
    for (const kind of ['inspection-item', 'joint-scenario', 'officer', 'inspection-cap'] as const) {
      c.keep(q, facts, c.readStarted());
      c.changed(kind);
      expect(c.lookup(q)).toBeUndefined();
    }
  });

  it('drops a read that overlapped a change (it may hold the rows from before it)', () => {
    const c = new IssuanceCatalog();
    const started = c.readStarted();
    c.changed('officer');
    c.keep(q, facts, started);
    expect(c.lookup(q)).toBeUndefined();
    c.keep(q, facts, c.readStarted());
    c.forgetAll();
    expect(c.lookup(q)).toBeUndefined();
  });
});
