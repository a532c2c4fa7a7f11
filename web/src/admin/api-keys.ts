import type { Body, Item } from '../api/typed';

export type ApiKey = Item<'listApiKeys'>;
export type ApiScope = Body<'createApiKey'>['scopes'][number];

/** The scopes a key may carry (src/platform/auth/scopes.ts), in the order offered. */
export const API_SCOPES: readonly ApiScope[] = [
  'hotline:write',
  'credit:write',
  'credit:read',
  'licences:read',
  'licences:write',
  'proof-free',
  '*',
];

export const API_KEYS_PATH = '/api/admin/api-keys';
