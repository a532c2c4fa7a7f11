/** C5 — the outbox deliverer of topic `credit.repair`: one message, one platform, its idempotency key. */
import type { OutboxDelivererSpec } from '../platform/parts/part.js';
import { creditConfig, DELIVERY_PLATFORMS, type DeliveryPlatform } from './config.js';
import { sendRepair, type RepairNotice } from './connectors/repairs.js';
import { REPAIR_TOPIC } from './deliveries.js';

export const repairDeliverer: OutboxDelivererSpec = {
  topic: REPAIR_TOPIC,
  deliver: async (msg, { signal }) => {
    const platform = DELIVERY_PLATFORMS.find((p) => p === msg.destination);
    if (!platform) throw new Error(`unknown credit platform ${msg.destination}`);
    await sendRepair(creditConfig(), platform as DeliveryPlatform, msg.payload as unknown as RepairNotice, msg.idempotencyKey, signal);
  },
  options: { retryBaseMs: 30_000 },
};
