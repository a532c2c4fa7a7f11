// Shapes of the random draws API (双随机, src/inspections/run-random-draw.ts), as generated.
import type { Answer, Body, Item } from '../../api/typed';
import { childPath } from '../../api/paths';

/** GET /api/inspections/random-draws item. */
export type DrawSummary = Item<'listRandomDraws'>;

/** GET /api/inspections/random-draws/{id} and POST 201: the drawn enterprises with their officer pairs. */
export type RandomDraw = Answer<'getRandomDraw'>;

/** POST /api/inspections/random-draws body: either a ratio or a count. */
export type DrawInput = Body<'runRandomDraw'>;

export const DRAWS_PATH = '/api/inspections/random-draws';
export const drawPath = childPath(DRAWS_PATH);
