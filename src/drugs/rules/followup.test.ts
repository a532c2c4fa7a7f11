import { describe, expect, it } from 'vitest';
import { answerProblem, returnRate } from './followup.js';

const questions = [
  { text: '整改措施是否仍在落实？', kind: 'choice' as const, options: ['是', '否'] },
  { text: '还有哪些困难需要帮助？', kind: 'text' as const },
];

describe('D6 回头看 forms', () => {
  it('takes one answer per question, a choice among its options, no blank text', () => {
    expect(answerProblem(questions, ['是', '无'])).toBeNull();
    expect(answerProblem(questions, ['是'])).toEqual({ code: 'followup-answers', count: 2 });
    expect(answerProblem(questions, ['是', '  '])).toEqual({ code: 'followup-answers', count: 2 });
    expect(answerProblem(questions, ['也许', '无'])).toEqual({ code: 'followup-answer-option', question: 1 });
  });

  it('return rate = answered ÷ sent; none sent: no rate', () => {
    expect(returnRate(3, 4)).toBe(0.75);
    expect(returnRate(0, 0)).toBeNull();
  });
});
