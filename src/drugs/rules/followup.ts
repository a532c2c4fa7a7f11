/**
 * D6 — 回头看 forms (pure): whether an enterprise's answers fit the form (one per question, in order; a choice
 * question takes one of its options; a text answer is not blank), and the return rate = forms answered ÷ forms
 * sent (null when none were sent).
 */
import type { FollowupQuestion } from '../schema.js';

export type AnswerProblem =
  { code: 'followup-answers'; count: number } | { code: 'followup-answer-option'; question: number };

export function answerProblem(
  questions: readonly FollowupQuestion[],
  answers: readonly string[],
): AnswerProblem | null {
  if (answers.length !== questions.length) return { code: 'followup-answers', count: questions.length };
  for (const [n, q] of questions.entries()) {
    const a = answers[n]!.trim();
    if (a === '') return { code: 'followup-answers', count: questions.length };
    if (q.kind === 'choice' && !(q.options ?? []).includes(a))
      return { code: 'followup-answer-option', question: n + 1 };
  }
  return null;
}

export const returnRate = (answered: number, sent: number): number | null =>
  sent > 0 ? answered / sent : null;
