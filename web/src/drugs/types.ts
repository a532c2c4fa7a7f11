import type { Answer, Item } from '../api/typed';

// Shapes of the drug-regulation service API (src/licences/*, src/warnings/*, src/rectifications/*), as generated.
/** GET /api/licences item. */
export type Licence = Item<'listLicences'>;
/** GET /api/licences/kinds item. */
export type LicenceKind = Item<'listLicenceKinds'>;
/** GET /api/licences/figures */
export type LicenceFigures = Answer<'licenceFigures'>;

/** GET /api/warnings item: staff see recipients and reads, an enterprise when it read it. */
export type Warning = Item<'listWarnings'>;
/** GET /api/warnings/{id} (reading it marks it read for an enterprise). */
export type WarningDetail = Answer<'readWarning'>;
/** GET /api/public/warnings item: the public archive. */
export type PublicWarning = Item<'publicWarnings'>;

/** GET /api/rectifications item. */
export type Rectification = Item<'listRectifications'>;
/** GET /api/rectifications/{id}: the item with its progress, guidance and verification. */
export type RectificationDetail = Answer<'getRectification'>;
