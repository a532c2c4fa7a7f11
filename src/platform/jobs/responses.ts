/** The 2xx answers of the routes in routes.ts, as zod schemas (serialised and checked by the server, published in the OpenAPI document). */
import { z } from 'zod';
import { paged } from '../http/responses.js';

export const listJobs = {
  200: z.object({
    items: z.array(
      z.object({
        name: z.string(),
        schedule: z.string(),
        timeZone: z.string(),
        enabled: z.boolean(),
        defined: z.boolean(),
        nextRunAt: z.date().nullable(),
        running: z.boolean(),
        lockedBy: z.string().nullable(),
        lockedUntil: z.date().nullable(),
        attempts: z.number(),
        maxAttempts: z.number().nullable(),
        lastStatus: z.string().nullable(),
        lastError: z.string().nullable(),
        lastFinishedAt: z.date().nullable(),
      }),
    ),
  }),
};

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
