/**
 * C5 — sends a repair (or the end of publicity) to one platform (信用中国, 公示系统, the industry platform).
 * The `Idempotency-Key` header carries the outbox key `repair:{recordId}:{platform}`, so a repeated delivery is
 * applied once by the receiver.
 */
import type { CreditConfig, DeliveryPlatform } from '../config.js';
import { callPlatform, unexpected } from './http.js';

export interface RepairNotice {
  /** `repair`: 信用修复 done; `stop-publicity`: the maximum period passed. */
  action: 'repair' | 'stop-publicity';
  recordId: string;
  uscc: string;
  decisionNo: string;
  departmentCode: string;
  how: 'automatic' | 'application' | null;
  /** YYYY-MM-DD */
  effectiveOn: string;
}

export async function sendRepair(
  config: CreditConfig,
  platform: DeliveryPlatform,
  notice: RepairNotice,
  idempotencyKey: string,
  signal?: AbortSignal,
): Promise<void> {
  const base = config.platforms[platform];
  if (!base) throw new Error(`platform ${platform} is not connected`);
  const path = '/repairs';
  const r = await callPlatform(base, {
    method: 'POST',
    path,
    body: notice,
    headers: { 'idempotency-key': idempotencyKey },
    secret: config.secret,
    timeoutMs: config.timeoutMs,
    signal,
  });
  if (r.status !== 200 && r.status !== 201) throw unexpected(base, path, r);
}
