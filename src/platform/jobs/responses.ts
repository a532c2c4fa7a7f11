/** The 2xx answers of the routes in routes.ts, as zod schemas (serialised and checked by the server, published in the OpenAPI document). */
import { z } from 'zod';
import { paged } from '../http/responses.js';
import { leaseFields, listOf } from '../http/answer-fields.js';

/** A defined job: its schedule, whether it runs now (the lease) and how its last run went. */
const job = z.object({
  name: z.string(),
  schedule: z.string(),
  timeZone: z.string(),
  enabled: z.boolean(),
  defined: z.boolean(),
  nextRunAt: z.date().nullable(),
  running: z.boolean(),
  ...leaseFields,
  attempts: z.number(),
  maxAttempts: z.number().nullable(),
  lastStatus: z.string().nullable(),
  lastError: z.string().nullable(),
  lastFinishedAt: z.date().nullable(),
});

export const listJobs = { 200: listOf(job) };

export const runJob = {
  200: z.object({
    runId: z.string(),
    status: z.enum(['failed', 'succeeded']),
    result: z.unknown(),
    error: z.string().nullable(),
  }),
};

export const listJobRuns = {
  200: paged(z.object({
    id: z.string(),
    jobName: z.string(),
    trigger: z.enum(['schedule', 'manual', 'retry']),
    slotAt: z.date().nullable(),
    runner: z.string(),
    startedAt: z.date(),
    finishedAt: z.date().nullable(),
    status: z.enum(['failed', 'succeeded', 'running']),
    error: z.string().nullable(),
    result: z.unknown(),
  })),
};
