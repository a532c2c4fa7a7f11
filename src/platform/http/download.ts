/**
 * Downloads: a generated spreadsheet, or a stored file (an upload, a signed report) under its own name. The file's
 * name goes in `Content-Disposition` as RFC 5987 UTF-8 (any script) and/or a plain ASCII name for clients that
 * read only that.
 */
import type { FastifyReply } from 'fastify';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The name a download is saved under: `name` in any script, `ascii` for older clients; either may be left out. */
export interface DownloadName {
  ascii?: string;
  name?: string;
}

/** `attachment; filename="<ascii>"; filename*=UTF-8''<name, percent-encoded>`, with the parts given. */
export function attachment({ ascii, name }: DownloadName): string {
  const parts = ['attachment'];
  if (ascii !== undefined) parts.push(`filename="${ascii}"`);
  if (name !== undefined) parts.push(`filename*=UTF-8''${encodeURIComponent(name)}`);
  return parts.join('; ');
}

/** Answers a generated .xlsx as a download named `name`; `headers` adds others (`cache-control` …). */
export function sendXlsx(reply: FastifyReply, data: Uint8Array, name: DownloadName, headers: Record<string, string> = {}) {
  return reply.type(XLSX_CONTENT_TYPE).header('content-disposition', attachment(name)).headers(headers).send(data);
}

/** Answers a stored file as a download under its own name and type, never sniffed; `headers` adds others. */
export function sendStoredFile(
  reply: FastifyReply,
  file: { mime: string; filename: string; data: Uint8Array },
  headers: Record<string, string> = {},
) {
  return reply
    .type(file.mime)
    .header('content-disposition', attachment({ name: file.filename }))
    .header('x-content-type-options', 'nosniff')
    .headers(headers)
    .send(file.data);
}
