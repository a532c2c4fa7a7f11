import { SIGNED_IN } from '../platform/policy/route-policy.js';

/** The door of the to-do counts: any signed-in user (each part scopes its counts by role, department, enterprise). */
export const todoPolicies = { list: SIGNED_IN('todos.list') };
