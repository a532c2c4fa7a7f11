export interface Department {
  id: string;
  name: string;
  field: string;
  divisionCode: string;
}

export interface Division {
  code: string;
  name: string;
  level: string | number;
  parentCode: string | null;
}

export interface Industry {
  code: string;
  name: string;
}

export interface ItemList<T> {
  items: T[];
}
