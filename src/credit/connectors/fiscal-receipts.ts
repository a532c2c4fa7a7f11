/** 财政电子票据公共服务平台 — the payment e-receipt of a fine, matched by decision number and amount (C4). */
import type { CreditConfig } from '../config.js';
import { lookUp } from './look-up.js';

export interface FineReceipt {
  receiptNo: string;
  decisionNo: string;
  amount: number;
  payer: string;
  /** YYYY-MM-DD */
  paidOn: string;
}

/** The receipt, null when the platform holds none; throws when the platform is not connected or does not answer. */
export async function findFineReceipt(config: CreditConfig, q: { decisionNo: string; amount: number }, signal?: AbortSignal): Promise<FineReceipt | null> {
  const fiscal = { name: 'fiscal e-receipt platform', url: config.fiscalUrl };
  const query = { decisionNo: q.decisionNo, amount: q.amount.toFixed(2) };
  const body = await lookUp(config, fiscal, { path: '/receipts', query, absentOn404: true }, signal);
  return body === null ? null : (body as { receipt: FineReceipt }).receipt;
}
