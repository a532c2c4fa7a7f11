/**
 * Answers are serialised through their route's zod `response` schema (fastify-type-provider-zod's compiler does the
 * same). Under test, an answer carrying a field its schema does not declare is an error instead of being dropped in
 * silence: the documented answer and the real one cannot drift apart (a field added to an operation without its
 * schema would otherwise vanish from the API and the web would never see it).
 */
import { z } from 'zod';
import { ResponseSerializationError } from 'fastify-type-provider-zod';
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';

const STRICT = process.env.NODE_ENV === 'test' || process.env.QINQING_STRICT_RESPONSES === '1';

/** Paths present in `given` (with a defined value) and missing from `kept`. */
export function droppedPaths(given: unknown, kept: unknown, at = '$'): string[] {
  if (given === null || kept === null || typeof given !== 'object' || typeof kept !== 'object') return [];
  if (given instanceof Date || Buffer.isBuffer(given)) return [];
  if (Array.isArray(given)) {
    if (!Array.isArray(kept)) return [];
    return given.flatMap((g, i) => droppedPaths(g, kept[i], `${at}[${i}]`)).slice(0, 20);
  }
  const out: string[] = [];
  for (const [k, v] of Object.entries(given)) {
    if (v === undefined || typeof v === 'function') continue;
    if (!(k in (kept as object))) out.push(`${at}.${k}`);
    else out.push(...droppedPaths(v, (kept as Record<string, unknown>)[k], `${at}.${k}`));
  }
  return out;
}

function resolve(maybe: unknown): z.ZodType {
  if (maybe instanceof z.ZodType) return maybe;
  const props = (maybe as { properties?: unknown } | null)?.properties;
  if (props instanceof z.ZodType) return props;
  throw new Error(`a response schema is not a zod schema: ${JSON.stringify(maybe)}`);
}

/** The serialiser of one zod answer schema (the route's, or any other place that answers JSON itself). */
export function compileSerializer(zodSchema: z.ZodType, method: string, url: string): (data: unknown) => string {
  return (data: unknown) => {
    const result = z.safeEncode(zodSchema, data);
    if (result.error) {
      if (process.env.SHOW_DROPPED)
        console.error(`INVALID ${method} ${url}: ${JSON.stringify(result.error.issues).slice(0, 600)}`);
      throw new ResponseSerializationError(method, url, { cause: result.error });
    }
    if (STRICT) {
      const dropped = droppedPaths(data, result.data);
      if (dropped.length) {
        if (process.env.SHOW_DROPPED) console.error(`DROPPED ${method} ${url}: ${dropped.join(', ')}`);
        throw new ResponseSerializationError(method, url, {
          cause: new Error(
            `the answer has fields its response schema does not declare: ${dropped.slice(0, 10).join(', ')}`,
          ),
        } as never);
      }
    }
    return JSON.stringify(result.data);
  };
}

/**
 * For an answer object handed out again and again (a scan answered from memory): its JSON made once by the
 * route's schema, kept as long as the object lives. Send the string with a JSON content type.
 */
export function memoisedSerializer<T extends object>(zodSchema: z.ZodType, method: string, url: string): (answer: T) => string {
  const serialize = compileSerializer(zodSchema, method, url);
  const made = new WeakMap<T, string>();
  return (answer) => {
    let json = made.get(answer);
    if (json === undefined) made.set(answer, (json = serialize(answer)));
    return json;
  };
}

export const serializerCompiler: FastifySerializerCompiler<unknown> = ({ schema, method, url }) =>
  compileSerializer(resolve(schema), method, url);
