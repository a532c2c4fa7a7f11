/**
 * The scopes an integration API key may carry. A route accepts a key only when its route policy names one of the
 * key's scopes (`*` stands for every scope, but still only on routes that accept keys at all); the OpenAPI document
 * lists them on each operation. A new scope is one line here and its use in a route policy (the route-policy test
 * fails on a scope no route accepts, and on a route scope missing here).
 */
export const SCOPE_DESCRIPTIONS = {
  'hotline:write': 'send 12345 hotline tickets (`POST /api/hotline/tickets`)',
  'credit:write': 'record penalty decisions (`POST /api/credit/penalties`)',
  'credit:read': 'read a subject’s credit status (`GET /api/credit/{uscc}/status`)',
  'licences:read': 'read the licence register (`GET /api/licences`)',
  'licences:write': 'register licences from a licensing system (`POST /api/licences`), and read them',
  'proof-free': 'read the proof-free catalog, interfaces, verifications and figures (`GET /api/proof-free/**`)',
  '*': 'every scope above (only for trusted platform integrations)',
} as const;

export type ApiScope = keyof typeof SCOPE_DESCRIPTIONS;
export const API_SCOPES = Object.keys(SCOPE_DESCRIPTIONS) as [ApiScope, ...ApiScope[]];

/** What the demo integration client (`qinqing-demo-key`) needs: the hotline and the credit platform. */
export const DEMO_KEY_SCOPES: readonly ApiScope[] = ['hotline:write', 'credit:write', 'credit:read'];
