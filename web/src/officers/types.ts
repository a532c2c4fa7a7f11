import type { Item } from '../api/typed';

/** GET /api/officers item */
export type Officer = Item<'listOfficers'>;
export type CertificateState = Officer['certificateState'];
