/** The 2xx answers of the routes in routes.ts, as zod schemas (serialised and checked by the server, published in the OpenAPI document). */
import { z } from 'zod';
import { noContent } from '../http/responses.js';
import { listOf } from '../http/answer-fields.js';
import { ROLES } from './schema.js';

/** Who an account is: its id, login name, the name shown and its role. */
const accountFields = {
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
};

/** An account as the administrator reads it. */
const user = z.object({
  ...accountFields,
  department: z.object({ id: z.string(), name: z.string(), field: z.string() }).nullable(),
  team: z.object({ id: z.string(), name: z.string() }).nullable(),
  officer: z
    .object({ id: z.string(), certificateNo: z.string(), certificateValidUntil: z.string() })
    .nullable(),
  enterprise: z.object({ id: z.string(), uscc: z.string(), name: z.string() }).nullable(),
});

export const login = {
  200: z.object({
    user,
  }),
};

export const logout = { 204: noContent };

export const getMe = {
  200: user,
};

export const changePassword = { 204: noContent };

/** An account in the administrator's list: whom it belongs to, whether it may sign in. */
const listedUser = z.object({
  ...accountFields,
  departmentId: z.string().nullable(),
  enterpriseId: z.string().nullable(),
  status: z.enum(['active', 'disabled']),
  locked: z.boolean(),
});

export const listUsers = { 200: listOf(listedUser) };

export const createUser = { 201: z.object({ id: z.string() }) };

export const setUserStatus = { 204: noContent };

/** An integration's API key as listed: its prefix and scopes, never the key itself. */
const apiKey = z.object({
  id: z.string(),
  name: z.string(),
  keyPrefix: z.string(),
  scopes: z.array(z.string()),
  status: z.enum(['active', 'revoked']),
  createdAt: z.string(),
});

export const listApiKeys = { 200: listOf(apiKey) };

export const createApiKey = {
  201: z.object({ id: z.string(), name: z.string(), scopes: z.array(z.string()), key: z.string() }),
};

export const revokeApiKey = { 204: noContent };
