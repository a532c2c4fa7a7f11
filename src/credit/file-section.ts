/**
 * H1 — the `penalties` section of the enterprise file, filtered by the caller: published records for everyone
 * who may open the file; the others only to the deciding department, the credit office and the enterprise itself
 * (`penaltyVisibility` in ./policy.ts).
 */
import { registerFileSection } from '../platform/parts/file-sections.js';
import { penaltiesOf } from './list-penalties.js';

registerFileSection('penalties', (db, ctx, enterpriseId) => penaltiesOf(db, ctx, enterpriseId));
