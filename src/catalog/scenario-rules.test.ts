import { describe, expect, it } from 'vitest';
import { appliesTo, scenarioProblems } from './scenario-rules.js';

const item = (id: string, departmentId: string, industries: string[] = []) => ({ id, name: `事项${id}`, departmentId, industries });

describe('A1 a joint scenario groups items of several departments for one kind of enterprise', () => {
  it('an item with no industries applies to any industry', () => {
    expect(appliesTo([], 'restaurant')).toBe(true);
    expect(appliesTo(['restaurant', 'hotel'], 'hotel')).toBe(true);
    expect(appliesTo(['pharmacy'], 'restaurant')).toBe(false);
  });

  it('food safety + fire safety + cooking fumes for a restaurant is sound', () => {
    const items = [item('1', 'market', ['restaurant']), item('2', 'fire'), item('3', 'ecology', ['restaurant'])];
    expect(scenarioProblems(items, 'restaurant')).toEqual([]);
  });

  it('items of one department only are no joint scenario', () => {
    expect(scenarioProblems([item('1', 'market'), item('2', 'market')], 'restaurant')).toEqual([
      { code: 'scenario-single-department' },
    ]);
  });

  it('names each item that does not apply to the industry', () => {
    const items = [item('1', 'market', ['restaurant']), item('2', 'drugs', ['pharmacy'])];
    expect(scenarioProblems(items, 'restaurant')).toEqual([{ code: 'scenario-item-industry', itemId: '2', name: '事项2' }]);
  });
});
