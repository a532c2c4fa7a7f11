/** A5, A6 — the inspection code: signing keys with rotation, the scan, the QR image, the public keys. */
import { definePart } from '../platform/parts/part.js';
import { codeRoutes } from './routes.js';

export const codesPart = definePart({ name: 'codes', routes: codeRoutes });
