/**
 * The blocks a Vietnamese administrative document is built of, drawn with pdfkit: the two-column
 * header, centred titles, justified paragraphs, the recipients list and signatures. Sizes follow
 * Nghị định 30/2020 (12–13 pt header, 13–14 pt body, 11 pt recipients).
 */
import type { FontStyle } from './fonts.js';
import { type DocumentHeader, MOTTO, NATIONAL_TITLE, type SignatureBlock } from './document-parts.js';
import { type Pdf, contentWidth, font, keepTogether } from './pdf-document.js';

export const BODY_SIZE = 13;
const HEADER_SIZE = 12;
const LINE_GAP = 2;
const PARAGRAPH_GAP = 6;
const INDENT = 28; // about 1 cm, the first-line indent of a paragraph
const SIGNING_SPACE = 72; // about 2.5 cm left blank for the hand signature and the seal

/**
 * The header's columns. The national title (about 250 pt in bold 12 pt) and a ministry's name
 * (about 200 pt) must each stay on one line with air between them, so the header runs a little
 * into the side margins, as the header tables of printed ministry documents commonly do.
 */
function headerColumns(doc: Pdf): { left: number; leftWidth: number; right: number; rightWidth: number } {
  const left = doc.page.margins.left - 20;
  const leftWidth = 230;
  const right = left + leftWidth;
  return { left, leftWidth, right, rightWidth: doc.page.width - doc.page.margins.right + 8 - right };
}

function rule(doc: Pdf, centreX: number, y: number, length: number): void {
  doc
    .moveTo(centreX - length / 2, y)
    .lineTo(centreX + length / 2, y)
    .lineWidth(0.6)
    .stroke();
}

/** How wide `text` is on the page, at most `width` (it wraps past that), to size the rule under it. */
function widthWithin(doc: Pdf, text: string, width: number): number {
  return Math.min(doc.widthOfString(text), width);
}

export function drawHeader(doc: Pdf, header: DocumentHeader): void {
  const top = doc.y;
  const { left, leftWidth, right, rightWidth } = headerColumns(doc);
  const centred = { align: 'center' as const, lineGap: 1 };

  let leftY = top;
  if (header.parentBody !== null) {
    font(doc, 'regular', HEADER_SIZE).text(header.parentBody, left, leftY, { ...centred, width: leftWidth });
    leftY = doc.y;
  }
  font(doc, 'bold', HEADER_SIZE).text(header.issuingBody, left, leftY, { ...centred, width: leftWidth });
  leftY = doc.y + 2;
  // A rule a third to a half as long as the body's name.
  rule(doc, left + leftWidth / 2, leftY, widthWithin(doc, header.issuingBody, leftWidth) * 0.4);

  font(doc, 'bold', HEADER_SIZE).text(NATIONAL_TITLE, right, top, { ...centred, width: rightWidth });
  font(doc, 'bold', BODY_SIZE).text(MOTTO, right, doc.y, { ...centred, width: rightWidth });
  const rightY = doc.y + 2;
  // The motto's rule is exactly as long as the motto.
  rule(doc, right + rightWidth / 2, rightY, doc.widthOfString(MOTTO));

  // The number and the place-and-date sit on one line, under the lower of the two rules.
  const lineY = Math.max(leftY, rightY) + 8;
  let bottom = lineY;
  if (header.numberLine !== null) {
    font(doc, 'regular', BODY_SIZE).text(header.numberLine, left, lineY, { ...centred, width: leftWidth });
    bottom = doc.y;
  }
  font(doc, 'italic', BODY_SIZE).text(header.placeAndDate, right, lineY, { ...centred, width: rightWidth });
  doc.x = left;
  doc.y = Math.max(bottom, doc.y) + 18;
}

/** Centred lines in one face and size, each on its own line and wrapped only at spaces. */
export function centredLines(doc: Pdf, lines: string[], style: FontStyle, size = BODY_SIZE): void {
  const x = doc.page.margins.left;
  const width = contentWidth(doc);
  font(doc, style, size);
  for (const line of lines.flatMap((text) => wrapAtSpaces(doc, text, width))) {
    doc.text(line, x, doc.y, { width, align: 'center', lineGap: LINE_GAP });
  }
}

/**
 * Lines that break only between words. pdfkit follows Unicode line breaking, which may split
 * '2016–2018' after the dash: acceptable inside a paragraph, not in a centred title.
 */
function wrapAtSpaces(doc: Pdf, text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (current !== '' && doc.widthOfString(candidate) > width) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  return [...lines, current];
}

/** A short centred rule under a title block (under the trích yếu of a decision). */
export function titleRule(doc: Pdf, length = 80): void {
  rule(doc, doc.page.margins.left + contentWidth(doc) / 2, doc.y + 3, length);
  doc.y += 6;
}

export interface Run {
  text: string;
  style: FontStyle;
}

/** A justified paragraph with a first-line indent, from runs in different faces ('Điều 1.' bold, then text). */
export function paragraph(doc: Pdf, runs: Run[], options: { indent?: number; size?: number; align?: 'justify' | 'left' } = {}): void {
  const x = doc.page.margins.left;
  const { indent = INDENT, size = BODY_SIZE, align = 'justify' } = options;
  runs.forEach((run, i) => {
    const continued = i < runs.length - 1;
    font(doc, run.style, size);
    if (i === 0) doc.text(run.text, x, doc.y, { width: contentWidth(doc), align, indent, lineGap: LINE_GAP, continued });
    else doc.text(run.text, { continued });
  });
  doc.y += PARAGRAPH_GAP;
}

/** The height `paragraph` will take, to keep a heading with what follows it. */
export function paragraphHeight(doc: Pdf, runs: Run[], size = BODY_SIZE): number {
  const text = runs.map((run) => run.text).join('');
  font(doc, runs[0]?.style ?? 'regular', size);
  return doc.heightOfString(text, { width: contentWidth(doc), indent: INDENT, lineGap: LINE_GAP }) + PARAGRAPH_GAP;
}

export function gap(doc: Pdf, points: number): void {
  doc.y += points;
}

function signatureHeight(doc: Pdf, block: SignatureBlock, width: number): number {
  font(doc, 'bold', BODY_SIZE);
  const lines = [...block.capacity, block.fullName].reduce((sum, line) => sum + doc.heightOfString(line, { width, lineGap: LINE_GAP }), 0);
  return lines + SIGNING_SPACE;
}

/** Capacity lines, blank room to sign, then the name: centred in a column at `x`. */
function drawSignature(doc: Pdf, block: SignatureBlock, x: number, y: number, width: number): number {
  const options = { width, align: 'center' as const, lineGap: LINE_GAP };
  font(doc, 'bold', BODY_SIZE);
  doc.text(block.capacity[0] ?? '', x, y, options);
  for (const line of block.capacity.slice(1)) doc.text(line, x, doc.y, options);
  doc.text(block.fullName, x, doc.y + SIGNING_SPACE, options);
  return doc.y;
}

/**
 * The foot of a decision: "Nơi nhận:" and its lines on the left, the signature on the right, kept
 * together on one page.
 */
export function drawRecipientsAndSignature(doc: Pdf, label: string, recipients: string[], signature: SignatureBlock): void {
  // The signature is centred under the national title; the recipients start at the text margin.
  const { right, rightWidth } = headerColumns(doc);
  const left = doc.page.margins.left;
  const leftWidth = right - left - 8;
  font(doc, 'regular', 11);
  const recipientsHeight = recipients.reduce((sum, line) => sum + doc.heightOfString(line, { width: leftWidth }), 20);
  gap(doc, 6);
  keepTogether(doc, Math.max(recipientsHeight, signatureHeight(doc, signature, rightWidth)));
  const top = doc.y;

  font(doc, 'boldItalic', 12).text(label, left, top, { width: leftWidth });
  font(doc, 'regular', 11);
  for (const line of recipients) doc.text(line, left, doc.y, { width: leftWidth });
  const leftBottom = doc.y;

  const rightBottom = drawSignature(doc, signature, right, top, rightWidth);
  doc.x = left;
  doc.y = Math.max(leftBottom, rightBottom);
}

/** Two signatures side by side (the minutes: secretary left, chair right), kept on one page. */
export function drawSignaturePair(doc: Pdf, [first, second]: [SignatureBlock, SignatureBlock]): void {
  const left = doc.page.margins.left;
  const width = contentWidth(doc) / 2;
  gap(doc, 12);
  keepTogether(doc, Math.max(signatureHeight(doc, first, width), signatureHeight(doc, second, width)));
  const top = doc.y;
  const leftBottom = drawSignature(doc, first, left, top, width);
  const rightBottom = drawSignature(doc, second, left + width, top, width);
  doc.x = left;
  doc.y = Math.max(leftBottom, rightBottom);
}
