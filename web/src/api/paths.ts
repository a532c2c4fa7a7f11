/** The path of one member below `base` — `{base}/{key}` — its key (an id, a USCC, a code) encoded as one segment. */
export const childPath =
  (base: string) =>
  (key: string): string =>
    `${base}/${encodeURIComponent(key)}`;
