/**
 * Renders a document in Chinese (or any mix with Latin text) to PDF with pdfkit, embedding a subset of the CJK
 * font from `font.ts`. A document is a title and a list of blocks; parts describe what to print, this module
 * decides how it looks, so every PDF of the product (compliance notices, check-up reports …) looks alike.
 */
import PDFDocument from 'pdfkit';
import { cjkFont } from './font.js';

export type PdfBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  /** Label–value lines (e.g. 企业名称：…). */
  | { kind: 'fields'; rows: { label: string; value: string }[] }
  /** Vertical space in lines. */
  | { kind: 'space'; lines?: number };

export interface PdfSpec {
  title: string;
  /** A line under the title (e.g. the document number). */
  subtitle?: string;
  blocks: PdfBlock[];
  /** Printed at the end, right-aligned (issuer and date). */
  signature?: string[];
  /** Document metadata. */
  author?: string;
  createdAt?: Date;
}

const MARGIN = 64;
const BODY = 11;

export function renderPdf(spec: PdfSpec): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: {
      Title: spec.title,
      ...(spec.author ? { Author: spec.author } : {}),
      ...(spec.createdAt ? { CreationDate: spec.createdAt } : {}),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('body', cjkFont('regular'));
  doc.registerFont('bold', cjkFont('bold'));

  doc.font('bold').fontSize(20).text(spec.title, { align: 'center' });
  if (spec.subtitle) doc.moveDown(0.3).font('body').fontSize(BODY).text(spec.subtitle, { align: 'center' });
  doc.moveDown(1);

  for (const block of spec.blocks) writeBlock(doc, block);

  if (spec.signature?.length) {
    doc.moveDown(2).font('body').fontSize(BODY);
    for (const line of spec.signature) doc.text(line, { align: 'right' });
  }
  doc.end();
  return done;
}

function writeBlock(doc: PDFKit.PDFDocument, block: PdfBlock): void {
  switch (block.kind) {
    case 'heading':
      doc.moveDown(0.6).font('bold').fontSize(14).text(block.text).moveDown(0.3);
      return;
    case 'paragraph':
      doc.font('body').fontSize(BODY).text(block.text, { lineGap: 3, indent: BODY * 2 }).moveDown(0.3);
      return;
    case 'list':
      doc.font('body').fontSize(BODY);
      block.items.forEach((item, i) => doc.text(`${i + 1}. ${item}`, { lineGap: 3 }));
      doc.moveDown(0.3);
      return;
    case 'fields':
      for (const row of block.rows) {
        doc.font('bold').fontSize(BODY).text(`${row.label}：`, { continued: true });
        doc.font('body').text(row.value, { lineGap: 3 });
      }
      doc.moveDown(0.3);
      return;
    case 'space':
      doc.moveDown(block.lines ?? 1);
      return;
  }
}
