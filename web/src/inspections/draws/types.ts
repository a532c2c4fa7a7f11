/** GET /api/inspections/random-draws item. */
export interface DrawSummary {
  id: string;
  departmentId: string;
  seed: string;
  population: number;
  drawn: number;
  createdAt: string;
}

/** GET /api/inspections/random-draws/{id} and POST 201: the drawn enterprises with their officer pairs. */
export interface RandomDraw {
  id: string;
  departmentId: string;
  seed: string;
  filter: { industry?: string; divisionCode?: string; populationHash?: string };
  /** "0.05" (a ratio) or "count:20". */
  size: string;
  population: number;
  createdAt: string;
  drawn: {
    enterprise: { id: string; uscc: string; name: string; industry: string } | null;
    officers: { id: string; name?: string; certificateNo?: string }[];
  }[];
}

/** POST /api/inspections/random-draws body: either a ratio or a count. */
export interface DrawInput {
  filter: { industry?: string; divisionCode?: string };
  ratio?: number;
  count?: number;
  seed?: string;
}

export const DRAWS_PATH = '/api/inspections/random-draws';
export const drawPath = (id: string) => `${DRAWS_PATH}/${encodeURIComponent(id)}`;
