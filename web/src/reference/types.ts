import type { Item } from '../api/typed';

export type Department = Item<'listDepartments'>;
export type Division = Item<'listDivisions'>;
export type Industry = Item<'listIndustries'>;

export interface ItemList<T> {
  items: T[];
}
