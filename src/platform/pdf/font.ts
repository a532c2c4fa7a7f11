/**
 * The CJK font every Chinese PDF embeds: Noto Sans (Simplified Chinese, "Hans") shipped by the npm package
 * `@embedpdf/fonts-sc` (SIL OFL 1.1) — never a font of the operating system, so a PDF renders the same on any
 * machine. The files are read once per process; pdfkit embeds only the glyphs a document uses (a subset).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type CjkWeight = 'regular' | 'bold';

const FILES: Record<CjkWeight, string> = {
  regular: 'NotoSansHans-Regular.otf',
  bold: 'NotoSansHans-Bold.otf',
};

const require = createRequire(import.meta.url);
const cache = new Map<CjkWeight, Buffer>();

/** The font file's path inside the package (its entry point is `dist/index.cjs`, the fonts are in `fonts/`). */
export function cjkFontPath(weight: CjkWeight = 'regular'): string {
  const root = dirname(dirname(require.resolve('@embedpdf/fonts-sc')));
  return join(root, 'fonts', FILES[weight]);
}

/** The font file's bytes, read once. */
export function cjkFont(weight: CjkWeight = 'regular'): Buffer {
  let bytes = cache.get(weight);
  if (!bytes) {
    bytes = readFileSync(cjkFontPath(weight));
    cache.set(weight, bytes);
  }
  return bytes;
}
