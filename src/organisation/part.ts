/** Divisions, departments, teams, officers and their enforcement certificates. */
import { definePart } from '../platform/parts/part.js';
import { organisationRoutes } from './routes.js';
import { organisationMessages } from './messages.js';

export const organisationPart = definePart({ name: 'organisation', routes: organisationRoutes, messages: organisationMessages });
