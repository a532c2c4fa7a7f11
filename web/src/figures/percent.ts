/** 0.6957 → "69.57%"; no value (nothing to divide yet) → the placeholder. */
export const percent = (rate: number | null | undefined, none: string, digits = 1) =>
  rate === null || rate === undefined ? none : `${(rate * 100).toFixed(digits)}%`;
