/**
 * A failure the caller can act on. `code` is the stable machine code of the public contract
 * (e.g. `invalid-uscc`, `planned-frequency-limit`); the message is looked up by code in the caller's language.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly params: Record<string, unknown> = {},
    /** Extra members of the problem document (e.g. `existingCode`, `errors`). */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const notFound = () => new AppError(404, 'not-found');
export const forbidden = () => new AppError(403, 'forbidden');
export const unauthenticated = () => new AppError(401, 'unauthenticated');
