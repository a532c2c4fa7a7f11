// Rows of the enterprise file's sections (GET /api/enterprises/{uscc} → sections), as generated from the row
// schema each part declares beside its section loader (src/<part>/file-section.ts). Enumerated values arrive as
// codes; the presenters name them.
import type { EnterpriseFile } from '../types';

/** The `sections` of the enterprise file, by the name each part registered its section under. */
export type Sections = EnterpriseFile['sections'];
export type SectionKey = keyof Sections;

export type InspectionRow = Sections['inspections'][number];
export type PenaltyRow = Sections['penalties'][number];
export type LicenceRow = Sections['licences'][number];
export type CheckupRow = Sections['checkups'][number];
/** A complaint about a visit, or (hotline staff only) a 12345 ticket. */
export type ComplaintRow = Sections['complaints'][number];
export type SupervisionRow = Sections['supervision'][number];
