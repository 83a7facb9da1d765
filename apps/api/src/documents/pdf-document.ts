/**
 * One A4 PDF with the Tinos faces registered, drawn by a callback and collected into a Buffer.
 * Margins follow Nghị định 30/2020 (top and bottom 20 mm, left 30 mm, right 15 mm); pages are
 * numbered from the second one, centred in the top margin, and an annex numbers its own pages.
 */
import PDFDocument from 'pdfkit';
import { type FontStyle, FONT_STYLES, fontFiles } from './fonts.js';

const MM = 72 / 25.4;
export const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };

export type Pdf = PDFKit.PDFDocument;

export interface PdfMeta {
  title: string;
  author: string;
  subject: string;
}

/** What a drawing callback gets: the document, and a way to open an annex on a fresh page. */
export interface PdfCanvas {
  doc: Pdf;
  /** A new page whose numbering starts again (an annex is paginated apart from the document). */
  startSection(): void;
}

export function font(doc: Pdf, style: FontStyle, size: number): Pdf {
  return doc.font(style).fontSize(size);
}

export function contentWidth(doc: Pdf): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/** Room left on the page below the cursor. */
export function spaceLeft(doc: Pdf): number {
  return doc.page.height - doc.page.margins.bottom - doc.y;
}

/** Moves to a new page unless `height` still fits: keeps a block (signature, table row) whole. */
export function keepTogether(doc: Pdf, height: number): void {
  if (height > spaceLeft(doc)) doc.addPage();
}

export async function renderPdf(meta: PdfMeta, draw: (canvas: PdfCanvas) => void): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true, // page numbers are written once the page count is known
    lang: 'vi-VN',
    displayTitle: true,
    info: { Title: meta.title, Author: meta.author, Subject: meta.subject, Creator: 'commendation-engine' },
  });
  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const files = fontFiles();
  for (const style of FONT_STYLES) doc.registerFont(style, files[style]);
  font(doc, 'regular', 13);

  const sectionStarts = [0];
  draw({
    doc,
    startSection() {
      doc.addPage();
      sectionStarts.push(doc.bufferedPageRange().count - 1);
    },
  });
  numberPages(doc, sectionStarts);
  doc.end();
  return finished;
}

/** '2', '3' … at the top centre of every page but the first of each section. */
function numberPages(doc: Pdf, sectionStarts: number[]): void {
  const { count } = doc.bufferedPageRange();
  for (let page = 0; page < count; page++) {
    const start = Math.max(...sectionStarts.filter((s) => s <= page));
    if (page === start) continue;
    doc.switchToPage(page);
    font(doc, 'regular', 13).text(String(page - start + 1), doc.page.margins.left, 10 * MM, {
      width: contentWidth(doc),
      align: 'center',
      lineBreak: false,
    });
  }
}
