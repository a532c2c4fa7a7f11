import { definePart } from '../platform/parts/part.js';
import { revisitRoutes } from './routes.js';
import { revisitMessages } from './messages.js';
import { seedRevisitsDemo } from './demo.js';

/** Part G — revisits (回访"把脉"): the questionnaire, the draw, channels, the watch list, ratios and figures. */
export const revisitsPart = definePart({
  name: 'revisits',
  routes: revisitRoutes,
  messages: revisitMessages,
  seeders: [seedRevisitsDemo],
});
