/**
 * H1 — the `penalties` section of the enterprise file, filtered by the caller: published records for everyone
 * who may open the file; the others only to the deciding department, the credit office and the enterprise itself
 * (`penaltyVisibility` in ./policy.ts).
 */
import { fileSection } from '../platform/parts/part.js';
import { penaltiesOf } from './list-penalties.js';
import { listPenalties } from './responses.js';

/** A row of the `penalties` section: a penalty as the penalty list presents it. */
export const penaltyFileRow = listPenalties[200].shape.items.element;

export const penaltiesSection = fileSection(penaltyFileRow, (db, ctx, enterpriseId) => penaltiesOf(db, ctx, enterpriseId));
