/** B1 — 12345 tickets: idempotent intake, matching to enterprises, ledger import; the file's complaints. */
import { definePart } from '../platform/parts/part.js';
import { hotlineRoutes } from './routes.js';
import { hotlineMessages } from './messages.js';
import { complaintsSection } from './file-section.js';

export const hotlinePart = definePart({
  name: 'hotline',
  routes: hotlineRoutes,
  messages: hotlineMessages,
  fileSections: { complaints: complaintsSection },
});
