/**
 * A cell listing codes or names (适用行业, 处罚种类 …): separated by 、，,；;/ or line breaks, or by spaces between
 * names (a part that matches whole, such as the English "Petrol station", is not split). Pure, no I/O.
 */
export type CodeList<T> = { ok: true; value: T[] } | { ok: false; part: string };

/** Each code once, in the cell's order; or the first part `fromText` names nothing for. */
export function parseCodeList<T>(text: string, fromText: (t: string) => T | undefined): CodeList<T> {
  const out: T[] = [];
  const add = (code: T) => {
    if (!out.includes(code)) out.push(code);
  };
  const parts = text
    .normalize('NFKC')
    .split(/[、,;/\n]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  for (const part of parts) {
    const whole = fromText(part);
    if (whole !== undefined) {
      add(whole);
      continue;
    }
    for (const word of part.split(/\s+/)) {
      const code = fromText(word);
      if (code === undefined) return { ok: false, part };
      add(code);
    }
  }
  return { ok: true, value: out };
}
