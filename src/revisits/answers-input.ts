import { z } from 'zod';
import { AppError } from '../platform/errors/app-error.js';
import { ANSWERS, indicatorCodes, type Answer, type Questionnaire } from './rules/questionnaire.js';
import type { RevisitProblem } from './schema.js';

/** What a revisit records, on any channel (G1): an answer per indicator, satisfaction, free text, problems. */
export const answersInput = z.object({
  answers: z.record(z.string().max(16), z.enum(ANSWERS as [Answer, ...Answer[]])),
  satisfied: z.boolean(),
  comment: z.string().trim().max(2000).optional(),
  problems: z.array(z.string().trim().min(1).max(500)).max(20).default([]),
});
export type AnswersInput = z.infer<typeof answersInput>;

/**
 * Checks the answers against the questionnaire (every indicator answered, none unknown) and lists the problems
 * found: each indicator answered "no", then each problem told in words.
 */
export function problemsOf(q: Questionnaire, input: AnswersInput): RevisitProblem[] {
  const codes = indicatorCodes(q);
  const unknown = Object.keys(input.answers).find((c) => !codes.includes(c));
  if (unknown) throw new AppError(422, 'revisit-unknown-indicator', { indicator: unknown });
  const missing = codes.filter((c) => !(c in input.answers));
  if (missing.length) throw new AppError(422, 'revisit-answers-incomplete', { missing: missing.slice(0, 5).join(', ') });
  const text = new Map(q.standards.flatMap((s) => s.indicators.map((i) => [i.code, `${s.zh}：${i.zh}`] as const)));
  return [
    ...codes.filter((c) => input.answers[c] === 'no').map((c) => ({ indicator: c, text: `未做到 — ${text.get(c)}` })),
    ...input.problems.map((p) => ({ indicator: null, text: p })),
  ];
}
