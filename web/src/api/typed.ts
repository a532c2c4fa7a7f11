/**
 * The typed client generated from the OpenAPI document (`npm run api:client` writes ./schema.d.ts): `api` calls
 * any operation with checked paths, parameters and bodies (openapi-fetch), and `Answer<'operationId'>` names
 * the JSON an operation answers. The page modules' types are these, never hand-written copies of the server's.
 */
import createClient from 'openapi-fetch';
import type { operations, paths } from './schema';

export const api = createClient<paths>({ credentials: 'same-origin' });

type JsonOf<R> = R extends { content: { 'application/json': infer J } } ? J : never;

/** The JSON body of an operation's answer with the given status (200 unless named). */
export type Answer<Op extends keyof operations, Status extends number = 200> = Status extends keyof operations[Op]['responses']
  ? JsonOf<operations[Op]['responses'][Status]>
  : never;

/** One element of a list answer (`{ items: [...] }`). */
export type Item<Op extends keyof operations, Status extends number = 200> = Answer<Op, Status> extends { items: (infer T)[] } ? T : never;

/** The JSON body an operation takes. */
export type Body<Op extends keyof operations> = operations[Op] extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

/**
 * A constant list of every member of a generated enum, in the order the UI shows them:
 * `allOf<CaseStatus>()(['open', …])`. A value the server does not know, or one it added, fails the build.
 */
export function allOf<T extends string>() {
  return <const V extends readonly T[]>(values: V & ([Exclude<T, V[number]>] extends [never] ? unknown : { missing: Exclude<T, V[number]> })) =>
    values as V;
}
