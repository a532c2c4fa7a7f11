// Shapes of the catalog API (src/catalog/*): inspection items and joint scenarios (A1).

export interface DepartmentRef {
  id: string;
  code: string;
  name: string;
  shortName: string;
}

/** GET /api/catalog/items item. */
export interface CatalogItem {
  id: string;
  code: string;
  name: string;
  legalBasis: string;
  departmentId: string;
  department: DepartmentRef;
  industries: string[];
  industryNames: string[];
  published: boolean;
  publishedAt: string | null;
  createdAt: string;
}

/** GET /api/catalog/scenarios item. */
export interface Scenario {
  id: string;
  code: string;
  name: string;
  industry: string;
  industryName: string;
  description: string;
  published: boolean;
  createdAt: string;
  departments: (DepartmentRef & { itemCount: number })[];
  items: CatalogItem[];
}

/** GET /api/catalog/figures. */
export interface CatalogFigures {
  integration: { items: number; scenarios: number; rate: number | null };
  items: { total: number; published: number };
  scenarios: { total: number; published: number };
  byDepartment: {
    departmentId: string;
    code: string;
    name: string;
    shortName: string;
    total: number;
    published: number;
  }[];
}
