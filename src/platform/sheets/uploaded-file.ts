import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.js';

/** The uploaded spreadsheet of a multipart request (field `file`); none or an empty one → 422 `import-no-file`. */
export async function uploadedFile(req: FastifyRequest): Promise<{ filename: string; data: Buffer }> {
  const part = req.isMultipart() ? await req.file() : undefined;
  if (!part || part.fieldname !== 'file') throw new AppError(422, 'import-no-file');
  const data = await part.toBuffer();
  if (data.length === 0) throw new AppError(422, 'import-no-file');
  return { filename: part.filename, data };
}
