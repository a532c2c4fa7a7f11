/** H1, H5 — the enterprise registry, its Excel import and export, and the enterprise file (一企一档) of every part's sections. */
import { definePart } from '../platform/parts/part.js';
import { enterpriseRoutes } from './routes.js';
import { enterpriseMessages } from './messages.js';

export const enterprisesPart = definePart({ name: 'enterprises', routes: enterpriseRoutes, messages: enterpriseMessages });
