/** `readUpload`/`readUploads`: every upload of the server is read here, so every refusal is shown here. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify, { type FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import { problemOf } from './problem.js';
import { readUpload, readUploads } from './upload.js';
import { LOCALES, type Locale } from '../i18n/locale.js';
import { registerMessages, translate } from '../i18n/messages.js';
import { httpMessages } from './messages.js';

const pdfOnly = (_: string, data: Buffer) => (data.toString('latin1', 0, 5) === '%PDF-' ? ('application/pdf' as const) : null);
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

let app: FastifyInstance;
beforeAll(async () => {
  // the platform part lists these texts; the server installs them through src/parts.ts, this bare app by hand
  registerMessages(httpMessages);
  app = Fastify();
  await app.register(multipart, { limits: { fileSize: 20 * 1024 * 1024, files: 5, fields: 20 } });
  app.setErrorHandler(async (err, req, reply) => {
    const locale = (req.headers['accept-language'] as Locale | undefined) ?? 'zh-CN';
    const p = problemOf(err, locale, 'test');
    return reply.status(p.status).send(p);
  });
  app.post('/one', async (req) => {
    const f = await readUpload(req, { maxMb: 1, sniff: pdfOnly });
    return { filename: f.filename, size: f.data.length, mime: f.mime };
  });
  app.post('/own-codes', async (req) => {
    const f = await readUpload(req, { maxMb: 1, sniff: pdfOnly, codes: { tooLarge: 'photo-too-large', wrongType: 'photo-type' } });
    return { size: f.data.length };
  });
  app.post('/declared', async (req) => ({ mime: (await readUpload(req)).mime }));
  app.post('/many', async (req) => {
    const u = await readUploads(req, { maxMb: 1, maxFiles: 3, sniff: pdfOnly });
    return { text: u.fields.text, files: u.files.map((f) => [f.filename, f.mime, f.data.length]) };
  });
  await app.ready();
});
afterAll(() => app.close());

type Part = { name: string; value?: string; filename?: string; type?: string; data?: Buffer };
function form(parts: Part[]) {
  const boundary = 'upload-test';
  const chunks = parts.flatMap((p) =>
    p.filename !== undefined
      ? [
          Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"; filename="${p.filename}"\r\nContent-Type: ${p.type ?? 'application/octet-stream'}\r\n\r\n`),
          p.data ?? Buffer.alloc(0),
          Buffer.from('\r\n'),
        ]
      : [Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"\r\n\r\n${p.value ?? ''}\r\n`)],
  );
  return { payload: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
const post = (url: string, body: ReturnType<typeof form>, locale: Locale = 'zh-CN') =>
  app.inject({ method: 'POST', url, payload: body.payload, headers: { ...body.headers, 'accept-language': locale } });

describe('readUpload', () => {
  it('gives the file, typed by its bytes', async () => {
    const r = await post('/one', form([{ name: 'file', filename: '回执.pdf', type: 'image/png', data: PDF }]));
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ filename: '回执.pdf', size: PDF.length, mime: 'application/pdf' });
  });

  it('keeps the declared type when the route names no sniffer', async () => {
    const r = await post('/declared', form([{ name: 'file', filename: 'a.txt', type: 'text/plain', data: Buffer.from('x') }]));
    expect(r.json()).toEqual({ mime: 'text/plain' });
  });

  it('no file, another field or an empty file: 422 import-no-file in both languages', async () => {
    const cases = [
      form([{ name: 'text', value: 'hello' }]),
      form([{ name: 'other', filename: 'a.pdf', data: PDF }]),
      form([{ name: 'file', filename: 'a.pdf', data: Buffer.alloc(0) }]),
    ];
    for (const body of cases) {
      const zh = await post('/one', body, 'zh-CN');
      expect(zh.statusCode).toBe(422);
      expect(zh.json()).toMatchObject({ code: 'import-no-file', detail: '请选择要上传的文件' });
      expect((await post('/one', body, 'en-US')).json()).toMatchObject({ detail: 'Choose a file to upload' });
    }
    const json = await app.inject({ method: 'POST', url: '/one', payload: { file: 'x' } });
    expect(json.json()).toMatchObject({ status: 422, code: 'import-no-file' });
  });

  it('a file past the limit: 413 naming the limit, in both languages', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(1024 * 1024)]);
    const zh = await post('/one', form([{ name: 'file', filename: 'big.pdf', data: big }]), 'zh-CN');
    expect(zh.statusCode).toBe(413);
    expect(zh.json()).toMatchObject({ code: 'upload-too-large', detail: '文件不得超过 1 MB' });
    const en = await post('/one', form([{ name: 'file', filename: 'big.pdf', data: big }]), 'en-US');
    expect(en.json()).toMatchObject({ detail: 'A file may be at most 1 MB' });
  });

  it('a file of a type not accepted: 415, in both languages', async () => {
    const body = form([{ name: 'file', filename: 'a.pdf', type: 'application/pdf', data: Buffer.from('not a pdf') }]);
    const zh = await post('/one', body, 'zh-CN');
    expect(zh.statusCode).toBe(415);
    expect(zh.json()).toMatchObject({ code: 'upload-type', detail: '不接受此类文件' });
    expect((await post('/one', body, 'en-US')).json()).toMatchObject({ detail: 'This kind of file is not accepted' });
  });

  it('a route keeps the codes it promised', async () => {
    const wrong = await post('/own-codes', form([{ name: 'file', filename: 'a.pdf', data: Buffer.from('nope') }]));
    expect(wrong.json()).toMatchObject({ status: 415, code: 'photo-type' });
    const big = await post('/own-codes', form([{ name: 'file', filename: 'a.pdf', data: Buffer.alloc(2 * 1024 * 1024) }]));
    expect(big.json()).toMatchObject({ status: 413, code: 'photo-too-large' });
  });

  it('every code it sends has its text in both languages', () => {
    for (const code of ['import-no-file', 'upload-too-large', 'upload-type'])
      for (const locale of LOCALES) expect(translate(locale, code, { mb: 1 }), `${code} ${locale}`).not.toBe(code);
  });
});

describe('readUploads', () => {
  it('gives every file and the text fields; skips empty files', async () => {
    const r = await post('/many', form([
      { name: 'text', value: '已整改' },
      { name: 'files', filename: 'a.pdf', data: PDF },
      { name: 'files', filename: 'empty.pdf', data: Buffer.alloc(0) },
      { name: 'files', filename: 'b.pdf', data: PDF },
    ]));
    expect(r.json()).toEqual({ text: '已整改', files: [['a.pdf', 'application/pdf', PDF.length], ['b.pdf', 'application/pdf', PDF.length]] });
  });

  it('refuses the whole request for one file too large or of the wrong type', async () => {
    const big = await post('/many', form([{ name: 'files', filename: 'a.pdf', data: PDF }, { name: 'files', filename: 'big.pdf', data: Buffer.alloc(2 * 1024 * 1024) }]));
    expect(big.json()).toMatchObject({ status: 413, code: 'upload-too-large' });
    const wrong = await post('/many', form([{ name: 'files', filename: 'a.exe', data: Buffer.from('MZ') }]));
    expect(wrong.json()).toMatchObject({ status: 415, code: 'upload-type' });
  });
});
