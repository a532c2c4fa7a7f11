import { definePart } from '../platform/parts/part.js';
import { todoRoutes } from './routes.js';

/**
 * The home page's to-do counts (待办): each part exposes its counter (`<part>/todo-counts.ts`, scoped by its own
 * policy); this part assembles them behind one route.
 */
export const todosPart = definePart({ name: 'todos', routes: todoRoutes });
