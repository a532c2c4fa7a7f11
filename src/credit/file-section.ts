/**
 * H1 — the `penalties` section of the enterprise file, filtered by the caller: published records for everyone
 * who may open the file; the others only to the deciding department, the credit office and the enterprise itself
 * (`penaltyVisibility` in ./policy.ts).
 */
import type { FileSectionLoader } from '../platform/parts/part.js';
import { penaltiesOf } from './list-penalties.js';

export const penaltiesSection: FileSectionLoader = (db, ctx, enterpriseId) => penaltiesOf(db, ctx, enterpriseId);
