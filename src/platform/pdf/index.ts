export { renderPdf, type PdfBlock, type PdfSpec } from './render-pdf.js';
export { cjkFont, cjkFontPath, type CjkWeight } from './font.js';
