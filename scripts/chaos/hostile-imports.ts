/**
 * The upload-amplification files on every import route of the OpenAPI document (issue #10 item 9): 600,000
 * one-cell CSV rows, an .xlsx of 4,000,000 empty `<row/>` and a 10 MB cell, each sent by every caller the route
 * admits. Each must be refused with a small 4xx that echoes none of it, in bounded time.
 */
import { request } from 'undici';
import { emptyRowsXlsx, hugeCellCsv, manyRowsCsv } from '../../test/support/amplification.js';
import type { ScenarioResult } from './lib.js';

export interface Caller {
  name: string;
  cookie?: string;
  apiKey?: string;
}

async function upload(base: string, path: string, data: Buffer, filename: string, caller: Caller) {
  const boundary = '----qqchaos' + Math.random().toString(16).slice(2);
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const headers: Record<string, string> = { 'content-type': `multipart/form-data; boundary=${boundary}` };
  if (caller.cookie) headers.cookie = caller.cookie;
  if (caller.apiKey) headers['x-api-key'] = caller.apiKey;
  const started = Date.now();
  try {
    const res = await request(base + path, { method: 'POST', headers, body, headersTimeout: 60_000, bodyTimeout: 60_000 });
    const text = await res.body.text();
    return { status: res.statusCode, text, ms: Date.now() - started };
  } catch (err) {
    return { status: 0, text: err instanceof Error ? err.message : String(err), ms: Date.now() - started };
  }
}

/** Sends the amplification files; returns the slowest refusal in ms. */
export async function amplificationImports(base: string, paths: string[], callers: Caller[], result: ScenarioResult): Promise<number> {
  const files = [
    { name: '600,000 one-cell rows', filename: 'rows.csv', data: manyRowsCsv() },
    { name: '4,000,000 empty <row/>', filename: 'rows.xlsx', data: await emptyRowsXlsx() },
    { name: 'one 10 MB cell', filename: 'cell.csv', data: hugeCellCsv() },
  ];
  let slowest = 0;
  let sent = 0;
  for (const path of paths) {
    // The callers the route admits (a tiny file is not refused at the door); the door's own refusals are the
    // write-route suite's business.
    const admitted: Caller[] = [];
    for (const c of callers) {
      const probe = await upload(base, path, Buffer.from('x\n'), 'probe.csv', c);
      if (probe.status !== 401 && probe.status !== 403 && probe.status !== 0) admitted.push(c);
    }
    if (!admitted.length) result.notes.push(`import route ${path}: no caller admitted, amplification files not sent`);
    for (const c of admitted) {
      for (const f of files) {
        const r = await upload(base, path, f.data, f.filename, c);
        sent++;
        slowest = Math.max(slowest, r.ms);
        const what = `POST ${path} ← ${f.name} as ${c.name}`;
        if (r.status < 400 || r.status >= 500) result.violations.push({ scenario: result.name, what: `${what} answered ${r.status || r.text}` });
        else if (r.text.length > 4096 || r.text.includes('x1234') || r.text.includes('字字')) result.violations.push({ scenario: result.name, what: `${what}: the refusal echoes the upload (${r.text.length} characters)` });
        if (r.ms > 15_000) result.violations.push({ scenario: result.name, what: `${what} took ${r.ms} ms` });
      }
    }
  }
  result.counts.importRoutes = paths.length;
  result.counts.amplificationUploads = sent;
  return slowest;
}
