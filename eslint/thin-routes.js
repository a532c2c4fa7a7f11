/**
 * Thin routes (docs/ARCHITECTURE.md, "A request's path"): a route file parses the request, names its policy, calls
 * one operation and answers. It never queries the database, opens a transaction or writes the audit row itself —
 * those belong to the operation (`src/<part>/<verb>-<noun>.ts`), which owns its transaction.
 *
 * Applied to route files by eslint.config.js; `test/lint/thin-routes.test.ts` shows a violation fails the lint.
 */

const QUERY_METHODS = new Set(['select', 'selectDistinct', 'selectDistinctOn', 'insert', 'update', 'delete', 'execute', 'query', '$count', 'transaction']);
const DATABASE_NAMES = new Set(['db', 'tx', 'database']);

/** `db`, `tx`, `deps.database.db`, `this.db` … — an expression that names a database handle. */
function isDatabase(node) {
  if (node.type === 'Identifier') return DATABASE_NAMES.has(node.name);
  if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier')
    return DATABASE_NAMES.has(node.property.name);
  return false;
}

const MOVE = 'move it into an operation (src/<part>/<verb>-<noun>.ts) that owns its transaction and audit row';

/** @type {import('eslint').Rule.RuleModule} */
export const thinRoutes = {
  meta: {
    type: 'problem',
    docs: { description: 'Route files call operations; they do not query, open transactions or audit' },
    schema: [],
    messages: {
      orm: 'A route file does not import {{source}}: {{move}}.',
      audit: 'A route file does not write the audit row: {{move}}.',
      query: 'A route file does not run `{{method}}` on the database: {{move}}.',
      transaction: 'A route file does not open a transaction: {{move}}.',
      sql: 'A route file does not write SQL: {{move}}.',
    },
  },
  create(context) {
    return {
      ImportDeclaration(node) {
        const source = String(node.source.value);
        if (source === 'drizzle-orm' || source.startsWith('drizzle-orm/') || source === 'pg' || source.startsWith('@electric-sql/pglite'))
          context.report({ node, messageId: 'orm', data: { source, move: MOVE } });
        else if (/(^|\/)audit\/record(\.js)?$/.test(source))
          context.report({ node, messageId: 'audit', data: { move: MOVE } });
      },
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return;
        const method = callee.property.name;
        if (method === 'transaction') context.report({ node, messageId: 'transaction', data: { move: MOVE } });
        else if (QUERY_METHODS.has(method) && isDatabase(callee.object))
          context.report({ node, messageId: 'query', data: { method, move: MOVE } });
      },
      TaggedTemplateExpression(node) {
        if (node.tag.type === 'Identifier' && node.tag.name === 'sql')
          context.report({ node, messageId: 'sql', data: { move: MOVE } });
      },
    };
  },
};

/** The files the rule applies to: every route file of the server. */
export const ROUTE_FILES = ['src/**/routes.ts', 'src/**/*-routes.ts', 'src/**/routes-*.ts', 'src/**/routes/**/*.ts'];

export default { meta: { name: 'qinqing-routes' }, rules: { thin: thinRoutes } };
