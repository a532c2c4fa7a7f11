import type { Inspection } from './types';

/** Where a visit stands for the people doing it: from its status, window and result. */
export type Phase = 'upcoming' | 'in-progress' | 'awaiting-result' | 'overdue' | 'done' | 'revoked';

export function phaseOf(i: Pick<Inspection, 'status' | 'window' | 'resultDueAt'>, now = Date.now()): Phase {
  if (i.status === 'revoked') return 'revoked';
  if (i.status === 'done') return 'done';
  if (now < Date.parse(i.window.start)) return 'upcoming';
  if (now <= Date.parse(i.window.end)) return 'in-progress';
  return now > Date.parse(i.resultDueAt) ? 'overdue' : 'awaiting-result';
}

/** The officer may record the result once the visit has begun and until it is done or revoked. */
export const canRecordResult = (phase: Phase) =>
  phase === 'in-progress' || phase === 'awaiting-result' || phase === 'overdue';

/** A code may be revoked while it is issued. */
export const canRevoke = (i: Pick<Inspection, 'status'>) => i.status === 'issued';
