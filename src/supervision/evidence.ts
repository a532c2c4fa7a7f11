import { sniffPdfOrImage } from '../files/index.js';
import type { UploadRules } from '../platform/http/upload.js';

export const EVIDENCE_MAX_MB = 10;
export const EVIDENCE_MAX_FILES = 5;

const OOXML: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The type an evidence file really is, by its content (an Office document: a ZIP named .docx/.xlsx); null if not accepted. */
export function sniffEvidence(filename: string, data: Buffer): string | null {
  const known = sniffPdfOrImage(data);
  if (known) return known;
  const isZip =
    data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;
  const ext = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase() ?? '';
  if (isZip && OOXML[ext]) return OOXML[ext];
  return null;
}

/** How the answer route reads evidence (`readUploads`): at most 5 files of 10 MB, typed by their bytes. */
export const EVIDENCE_UPLOAD = {
  maxMb: EVIDENCE_MAX_MB,
  maxFiles: EVIDENCE_MAX_FILES,
  sniff: sniffEvidence,
  codes: { tooLarge: 'evidence-too-large', wrongType: 'evidence-type' },
} satisfies UploadRules & { maxFiles: number };
