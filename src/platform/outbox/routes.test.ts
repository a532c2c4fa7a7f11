import { afterAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { adminScreenApp } from '../../../test/support/accounts.js';
import { auditLog } from '../audit/schema.js';
import { deliverDue } from './deliver-due.js';
import { registerDeliverer, unregisterDeliverer } from './deliverers.js';
import { enqueueMessage } from './enqueue.js';

const file = adminScreenApp();
const registered: string[] = [];
afterAll(() => {
  for (const topic of registered) unregisterDeliverer(topic);
});

/** A topic of the test's own with a receiver that is down until `up` is set, so no test sees another's messages. */
function testTopic() {
  const topic = `test.webhook-${registered.length + 1}`;
  const receiver = { up: false, received: [] as string[] };
  registerDeliverer(
    topic,
    async (msg) => {
      if (!receiver.up) throw new Error('HTTP 503 from receiver');
      receiver.received.push(msg.idempotencyKey);
    },
    { retryBaseMs: 1000 },
  );
  registered.push(topic);
  return { topic, receiver };
}

/** A message to `topic` whose three attempts (after backoffs of 1 s and 2 s) all failed: dead-lettered. */
async function deadMessage(topic: string, idempotencyKey: string): Promise<string> {
  const now = file.t.clock.now;
  const { id } = await enqueueMessage(
    file.t.database.db,
    { topic, destination: 'city-portal', idempotencyKey, payload: { n: 1 }, maxAttempts: 3 },
    now,
  );
  for (const ms of [0, 1_500, 4_000]) await deliverDue(file.t.deps, 'w1', new Date(now.getTime() + ms));
  return id;
}

const get = (url: string, cookie = file.admin) => file.t.app.inject({ method: 'GET', url, headers: { cookie } });
const resend = (id: string, cookie = file.admin) =>
  file.t.app.inject({
    method: 'POST',
    url: `/api/admin/outbox/${id}/resend`,
    headers: { cookie, 'accept-language': 'en-US' },
  });

describe('admin outbox API', () => {
  it('shows a dead-lettered message with its last error, and counts by topic, destination and status', async () => {
    const { topic } = testTopic();
    await enqueueMessage(
      file.t.database.db,
      { topic, destination: 'city-portal', idempotencyKey: 'wh-2', payload: { n: 2 } },
      new Date(file.t.clock.now.getTime() + 10_000_000),
    );
    const deadId = await deadMessage(topic, 'wh-1');

    const res = await get(`/api/admin/outbox?status=dead&topic=${topic}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(body.items).toMatchObject([
      {
        id: deadId,
        status: 'dead',
        attempts: 3,
        maxAttempts: 3,
        lastError: 'HTTP 503 from receiver',
        idempotencyKey: 'wh-1',
      },
    ]);
    // Counts keep the status breakdown whatever the status filter.
    expect(body.counts).toEqual([
      { topic, destination: 'city-portal', status: 'dead', count: 1 },
      { topic, destination: 'city-portal', status: 'pending', count: 1 },
    ]);
    const byDestination = await get('/api/admin/outbox?destination=nowhere');
    expect(byDestination.json()).toMatchObject({ total: 0, items: [], counts: [] });
  });

  it('resends a dead message with the same idempotency key, audited, and it is delivered', async () => {
    const { topic, receiver } = testTopic();
    const deadId = await deadMessage(topic, 'wh-resend');
    receiver.up = true;
    const res = await resend(deadId);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: deadId,
      status: 'pending',
      attempts: 0,
      idempotencyKey: 'wh-resend',
      lastError: null,
    });

    const [audit] = await file.t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'outbox.resend'), eq(auditLog.targetId, deadId)));
    expect(audit).toMatchObject({
      actorName: 'admin',
      targetType: 'outbox',
      outcome: 'ok',
      detail: {
        previousStatus: 'dead',
        previousAttempts: 3,
        previousError: 'HTTP 503 from receiver',
        idempotencyKey: 'wh-resend',
      },
    });

    // Still pending: nothing to resend.
    const pending = await resend(deadId);
    expect(pending.statusCode).toBe(409);
    expect(pending.json()).toMatchObject({ code: 'outbox-message-pending' });

    expect(await deliverDue(file.t.deps, 'w1', file.t.clock.now)).toMatchObject({ delivered: 1 });
    expect(receiver.received).toEqual(['wh-resend']);
    const delivered = await get(`/api/admin/outbox?status=delivered&topic=${topic}`);
    expect(delivered.json().items).toMatchObject([{ id: deadId, status: 'delivered', attempts: 1 }]);

    // A delivered message may be sent again too (the receiver dedupes on the key).
    expect((await resend(deadId)).statusCode).toBe(200);
    await deliverDue(file.t.deps, 'w1', file.t.clock.now);
    expect(receiver.received).toEqual(['wh-resend', 'wh-resend']);
  });

  it('refuses unknown messages (404) and non-admins (403)', async () => {
    const { topic } = testTopic();
    const deadId = await deadMessage(topic, 'wh-refused');
    const unknown = await resend('01890000-0000-7000-8000-000000000000');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'outbox-message-not-found' });
    const officer = await file.t.login('officer1');
    expect((await get('/api/admin/outbox', officer)).statusCode).toBe(403);
    expect((await resend(deadId, officer)).statusCode).toBe(403);
    expect((await get(`/api/admin/outbox?status=dead&topic=${topic}`)).json()).toMatchObject({ total: 1 });
  });
});
