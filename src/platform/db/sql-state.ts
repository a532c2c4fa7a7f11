/** The SQLSTATE of a database error, also when wrapped by Drizzle (`cause`); `undefined` for anything else. */
export function sqlState(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/**
 * Data exceptions a request's values cause (a number past a column's precision, text the database encoding
 * cannot hold, a date out of range): the transaction has rolled back, so the caller gets a 4xx and nothing
 * changed. The schemas should refuse these first; this is the net under them.
 */
const INPUT_DATA_EXCEPTIONS = new Set(['22003', '22001', '22021', '22P05', '22008', '22007', '22P02', '2200N', '22023', '54000']);

export const isInputDataException = (err: unknown): boolean => {
  const state = sqlState(err);
  return state !== undefined && INPUT_DATA_EXCEPTIONS.has(state);
};
