/**
 * Enterprise names as the hotline types them differ from the registry in small ways: spaces, half-width or
 * full-width brackets (（） vs ()), full-width letters and digits. These are the spellings one name may have;
 * the registry stores one of them. Pure.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC') // full-width letters, digits and brackets → half-width
    .replace(/\s+/g, '')
    .replace(/[\u3000]/g, '')
    .toUpperCase();
}

const toFullWidthBrackets = (s: string) => s.replace(/\(/g, '（').replace(/\)/g, '）');

/** The spellings to look up in the registry (exact first). */
export function nameVariants(name: string): string[] {
  const trimmed = name.trim();
  const n = normaliseName(trimmed);
  return [
    ...new Set([
      trimmed,
      n,
      toFullWidthBrackets(n),
      trimmed.replace(/\s+/g, ''),
      toFullWidthBrackets(trimmed.replace(/\s+/g, '')),
    ]),
  ].filter((v) => v.length > 0);
}

/** USCC as typed → the registry's form (upper case, no spaces or separators). */
export function normaliseUscc(uscc: string): string {
  return uscc.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase();
}
