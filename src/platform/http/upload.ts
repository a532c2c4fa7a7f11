/**
 * The one reader of uploaded files (multipart field `file`): the size limit given to the parser, so a larger file is
 * never read whole; the type decided by the file's bytes where the route names a sniffer; and one clear 4xx for each
 * failure, in both languages — no file or an empty one 422 `import-no-file`, too large 413, not an accepted type
 * 415. A route that promised its own error codes names them (`codes`); every other route gets the shared ones, whose
 * texts are the platform's (`messages.ts`, listed in the platform part).
 */
import type { FastifyRequest } from 'fastify';
import type { MultipartFile } from '@fastify/multipart';
import { AppError } from '../errors/app-error.js';

/** The server's own limit on one uploaded file (server.ts registers the multipart parser with it). */
export const SERVER_MAX_FILE_MB = 20;

export interface UploadRules<M extends string = string> {
  /** The largest file accepted, in MB (the server's limit when not named). */
  maxMb?: number;
  /**
   * What the file really is, by its bytes (and name): its media type, or null when it is not accepted. Without a
   * sniffer the type the client declared is kept (`application/octet-stream` when none).
   */
  sniff?: (filename: string, data: Buffer) => M | null;
  /** The route's own codes for a file too large (413, params `{ mb }`) and of a type not accepted (415). */
  codes?: { tooLarge?: string; wrongType?: string };
}

export interface Upload<M extends string = string> {
  filename: string;
  data: Buffer;
  mime: M;
}

const mbOf = (rules: UploadRules<string>) => rules.maxMb ?? SERVER_MAX_FILE_MB;

/** Reads one file part whole (at most the limit), then checks its size and type. */
async function checkedFile<M extends string>(part: MultipartFile, rules: UploadRules<M>): Promise<Upload<M> | null> {
  let data: Buffer;
  try {
    data = await part.toBuffer();
  } catch {
    // the parser stops reading at the limit (`fileSize`) and says so by throwing
    throw new AppError(413, rules.codes?.tooLarge ?? 'upload-too-large', { mb: mbOf(rules) });
  }
  if (part.file.truncated || data.length > mbOf(rules) * 1024 * 1024)
    throw new AppError(413, rules.codes?.tooLarge ?? 'upload-too-large', { mb: mbOf(rules) });
  if (data.length === 0) return null;
  // without a sniffer M is `string`: the declared type is what the route asked for
  const mime = rules.sniff ? rules.sniff(part.filename, data) : ((part.mimetype || 'application/octet-stream') as M);
  if (!mime) throw new AppError(415, rules.codes?.wrongType ?? 'upload-type');
  return { filename: part.filename, data, mime };
}

const limits = (rules: UploadRules<string>, files?: number) => ({ fileSize: mbOf(rules) * 1024 * 1024, ...(files ? { files } : {}) });

/** The file of a multipart request's field `file`: read, size-limited and typed — or a clear 4xx. */
export async function readUpload<M extends string = string>(req: FastifyRequest, rules: UploadRules<M> = {}): Promise<Upload<M>> {
  const part = req.isMultipart() ? await req.file({ limits: limits(rules) }).catch(() => undefined) : undefined;
  if (!part || part.fieldname !== 'file') throw new AppError(422, 'import-no-file');
  const file = await checkedFile(part, rules);
  if (!file) throw new AppError(422, 'import-no-file');
  return file;
}

/**
 * Every file part (at most `maxFiles`; empty ones skipped) and the text fields of a multipart request, each file
 * read, size-limited and typed as `readUpload` does.
 */
export async function readUploads<M extends string = string>(
  req: FastifyRequest,
  rules: UploadRules<M> & { maxFiles: number },
): Promise<{ files: Upload<M>[]; fields: Record<string, string> }> {
  const files: Upload<M>[] = [];
  const fields: Record<string, string> = {};
  for await (const part of req.parts({ limits: limits(rules, rules.maxFiles) })) {
    if (part.type === 'file') {
      const file = await checkedFile(part, rules);
      if (file) files.push(file);
    } else if (typeof part.value === 'string') fields[part.fieldname] = part.value;
  }
  return { files, fields };
}
