/**
 * A readable 413. When a body passes its limit, Fastify answers at once and closes the connection; if the client
 * is still sending, the unread bytes make the kernel reset the connection (RST), and the client — still
 * writing — sees EPIPE or ECONNRESET and may lose the answer. So before an over-limit refusal is sent, the rest
 * of the body is read and thrown away (bounded: at most `DRAIN_MAX_BYTES` and `DRAIN_MAX_MS`); then the answer
 * goes out with `Connection: close` and the client reads it. A body declared larger than the bound is not
 * drained: it is answered at once (a client that sends 100 MB anyway may see the reset).
 */
import type { IncomingMessage } from 'node:http';

export const DRAIN_MAX_BYTES = 32 * 1024 * 1024;
export const DRAIN_MAX_MS = 10_000;

/** Reads and discards what remains of the request body, within the bounds. */
export function drainRequest(raw: IncomingMessage, maxBytes = DRAIN_MAX_BYTES, maxMs = DRAIN_MAX_MS): Promise<void> {
  const declared = Number(raw.headers['content-length']);
  if (raw.complete || raw.destroyed || raw.readableEnded || declared > maxBytes) return Promise.resolve();
  return new Promise((resolve) => {
    let seen = 0;
    const finish = () => {
      clearTimeout(timer);
      raw.off('data', onData);
      raw.off('end', finish);
      raw.off('error', finish);
      raw.off('close', finish);
      resolve();
    };
    const onData = (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > maxBytes) finish();
    };
    const timer = setTimeout(finish, maxMs);
    raw.on('data', onData);
    raw.on('end', finish);
    raw.on('error', finish);
    raw.on('close', finish);
    raw.resume();
  });
}
