/** H1 — the `penalties` section of the enterprise file: the enterprise sees its own, staff see all. */
import { registerFileSection } from '../enterprises/file-sections.js';
import { penaltiesOf } from './list-penalties.js';

registerFileSection('penalties', (db, _ctx, enterpriseId) => penaltiesOf(db, enterpriseId));
