export type ImageType = 'image/jpeg' | 'image/png' | 'image/webp';

/** The image type a buffer really holds, by its magic bytes (never trust the file name or the header). */
export function sniffImage(b: Buffer): ImageType | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (b.length >= 12 && b.toString('ascii', 0, 4) === 'RIFF' && b.toString('ascii', 8, 12) === 'WEBP') return 'image/webp';
  return null;
}

/** A PDF by its magic bytes, else an image as `sniffImage` tells; null for anything else. */
export function sniffPdfOrImage(b: Buffer): 'application/pdf' | ImageType | null {
  if (b.length >= 5 && b.toString('latin1', 0, 5) === '%PDF-') return 'application/pdf';
  return sniffImage(b);
}
