/** 财政电子票据公共服务平台 — the payment e-receipt of a fine, matched by decision number and amount (C4). */
import type { CreditConfig } from '../config.js';
import { callPlatform, unexpected } from './http.js';

export interface FineReceipt {
  receiptNo: string;
  decisionNo: string;
  amount: number;
  payer: string;
  /** YYYY-MM-DD */
  paidOn: string;
}

/** The receipt, null when the platform holds none; throws when the platform is not connected or does not answer. */
export async function findFineReceipt(
  config: CreditConfig,
  q: { decisionNo: string; amount: number },
  signal?: AbortSignal,
): Promise<FineReceipt | null> {
  if (!config.fiscalUrl) throw new Error('fiscal e-receipt platform not connected');
  const path = '/receipts';
  const r = await callPlatform(config.fiscalUrl, {
    method: 'GET',
    path,
    query: { decisionNo: q.decisionNo, amount: q.amount.toFixed(2) },
    secret: config.secret,
    timeoutMs: config.timeoutMs,
    signal,
  });
  if (r.status === 404) return null;
  if (r.status !== 200) throw unexpected(config.fiscalUrl, path, r);
  return (r.body as { receipt: FineReceipt }).receipt;
}
