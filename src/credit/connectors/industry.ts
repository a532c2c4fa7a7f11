/** The industry platform — rectification records (整改) by USCC and decision number (C4). */
import type { CreditConfig } from '../config.js';
import { lookUp } from './look-up.js';

export interface Rectification {
  id: string;
  uscc: string;
  decisionNo: string;
  /** YYYY-MM-DD the rectification was accepted. */
  completedOn: string;
  summary: string;
}

/** The completed rectification of the decision, null when the platform has none; throws when unreachable. */
export async function findRectification(config: CreditConfig, q: { uscc: string; decisionNo: string }, signal?: AbortSignal): Promise<Rectification | null> {
  const industry = { name: 'industry platform', url: config.industryUrl };
  const query = { uscc: q.uscc, decisionNo: q.decisionNo };
  const body = await lookUp(config, industry, { path: '/rectifications', query }, signal);
  const items = (body as { items: Rectification[] }).items ?? [];
  return items.find((i) => i.decisionNo === q.decisionNo && i.completedOn) ?? null;
}
