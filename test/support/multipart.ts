/** One part of a multipart/form-data body: a plain field (no `filename`) or a file. */
export interface FormPart {
  name: string;
  filename?: string;
  contentType?: string;
  data: Buffer | string;
}

/** A multipart/form-data body built by hand, with the header that names its boundary, for `app.inject`. */
export function multipart(parts: readonly FormPart[], boundary = `----qq${Math.random().toString(16).slice(2)}`) {
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.filename === undefined ? '' : `; filename="${p.filename}"`}`;
    const type = p.contentType ? `Content-Type: ${p.contentType}\r\n` : '';
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${type}\r\n`), Buffer.from(p.data), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** A body carrying one file in the field `file` (what every upload route of the product reads). */
export function multipartFile(data: Buffer | string, filename: string, contentType = 'application/octet-stream') {
  return multipart([{ name: 'file', filename, contentType, data }]);
}
