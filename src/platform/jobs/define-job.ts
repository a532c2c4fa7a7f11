import type { FastifyBaseLogger } from 'fastify';
import type { AppDeps } from '../http/types.js';
import type { Ctx } from '../policy/actor.js';
import { assertSchedule } from './next-run.js';

/** What a job handler receives. `ctx` is a system context (`systemCtx(name, now)`) for auditing its writes. */
export interface JobContext {
  deps: AppDeps;
  ctx: Ctx;
  now: Date;
  log: FastifyBaseLogger;
  /** Aborted when the runner loses its lease; a long handler may check it between steps. */
  signal: AbortSignal;
}

export interface JobDefinition {
  name: string;
  /** Cron expression, Asia/Shanghai wall clock: five fields (`30 2 * * *` = 02:30 every day) or six, seconds first (a job every few seconds). */
  schedule: string;
  /** Returns a JSON-serialisable summary, stored on the run; throws to fail the run. */
  handler: (jc: JobContext) => Promise<unknown>;
  /** Tries per slot, the first run included (default 3). After the last, the job waits for its next slot. */
  maxAttempts: number;
  /** Backoff after the first failure, doubling with each further one (default 60 s). */
  retryBaseMs: number;
  /** How long a runner holds the job without renewing; renewed every third of it while running (default 5 min). */
  leaseMs: number;
}

export interface JobDefinitionInput {
  name: string;
  schedule: string;
  handler: (jc: JobContext) => Promise<unknown>;
  maxAttempts?: number;
  retryBaseMs?: number;
  leaseMs?: number;
}

const registry = new Map<string, JobDefinition>();
let version = 0;

/**
 * Registers a scheduled job (call at module load, once per name). The cron expression is checked here, so a
 * typo fails at start-up rather than silently never running.
 */
export function defineJob(input: JobDefinitionInput): JobDefinition {
  if (!/^[a-z0-9][a-z0-9._-]{0,99}$/.test(input.name)) throw new Error(`invalid job name "${input.name}"`);
  if (registry.has(input.name)) throw new Error(`job "${input.name}" is already defined`);
  assertSchedule(input.schedule);
  const def: JobDefinition = {
    name: input.name,
    schedule: input.schedule.trim(),
    handler: input.handler,
    maxAttempts: positiveInt(input.maxAttempts, 3, 'maxAttempts'),
    retryBaseMs: nonNegative(input.retryBaseMs, 60_000, 'retryBaseMs'),
    leaseMs: positiveInt(input.leaseMs, 5 * 60_000, 'leaseMs'),
  };
  registry.set(def.name, def);
  version++;
  return def;
}

export function getJob(name: string): JobDefinition | undefined {
  return registry.get(name);
}

export function jobDefinitions(): JobDefinition[] {
  return [...registry.values()];
}

/** Bumped on every (un)definition, so a runner knows when to upsert the job rows again. */
export function registryVersion(): number {
  return version;
}

/** Removes a definition (tests). The job's row and history stay; no runner claims it any more. */
export function undefineJob(name: string): void {
  if (registry.delete(name)) version++;
}

function positiveInt(value: number | undefined, fallback: number, what: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`${what} must be a positive integer`);
  return value;
}

function nonNegative(value: number | undefined, fallback: number, what: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 0) throw new Error(`${what} must be ≥ 0`);
  return value;
}
