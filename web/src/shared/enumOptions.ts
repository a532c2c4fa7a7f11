/** The options of a choice among enumerated values, each with its label (usually through the dictionary). */
export const enumOptions = <V extends string>(values: readonly V[], label: (v: V) => string) =>
  values.map((value) => ({ value, label: label(value) }));
