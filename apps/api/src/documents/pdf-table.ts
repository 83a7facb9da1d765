/**
 * A ruled table for pdfkit: wrapped cells, rows never split across pages, the header row repeated
 * on every page the table runs onto, and full-width group rows ('I. CÁ NHÂN').
 */
import { type Pdf, contentWidth, font, spaceLeft } from './pdf-document.js';

export interface PdfColumn {
  header: string;
  /** A share of the page's text width; the shares are scaled to fill it. */
  weight: number;
  align: 'left' | 'center' | 'right';
}

export type PdfRow = { cells: string[] } | { group: string };

const PAD_X = 4;
const PAD_Y = 3;
const LINE_GAP = 1;

interface Cell {
  text: string;
  x: number;
  width: number;
  align: 'left' | 'center' | 'right';
  style: 'regular' | 'bold';
  size: number;
}

export function drawTable(doc: Pdf, columns: PdfColumn[], rows: PdfRow[], size = 12): void {
  const left = doc.page.margins.left;
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = columns.map((c) => (c.weight / total) * contentWidth(doc));
  const xs = widths.map((_, i) => left + widths.slice(0, i).reduce((a, b) => a + b, 0));

  // Column titles a point smaller, so narrow columns of counts keep whole words.
  const headerCells: Cell[] = columns.map((c, i) => ({
    text: c.header,
    x: xs[i],
    width: widths[i],
    align: 'center',
    style: 'bold',
    size: size - 1,
  }));
  const cellsOf = (row: PdfRow): Cell[] =>
    'group' in row
      ? [{ text: row.group, x: left, width: contentWidth(doc), align: 'left', style: 'bold', size }]
      : row.cells.map((text, i) => ({ text, x: xs[i], width: widths[i], align: columns[i].align, style: 'regular', size }));

  const heightOf = (cells: Cell[]): number => Math.max(...cells.map((c) => textHeight(doc, c))) + 2 * PAD_Y;

  const headerHeight = heightOf(headerCells);
  // The header never stands alone at the foot of a page: it needs its first row under it.
  const firstRowHeight = rows.length > 0 ? heightOf(cellsOf(rows[0])) : 0;
  if (headerHeight + firstRowHeight > spaceLeft(doc)) doc.addPage();
  drawRow(doc, headerCells, headerHeight);

  for (const row of rows) {
    const cells = cellsOf(row);
    const height = heightOf(cells);
    if (height > spaceLeft(doc)) {
      doc.addPage();
      drawRow(doc, headerCells, headerHeight);
    }
    drawRow(doc, cells, height);
  }
  doc.x = left;
}

function textHeight(doc: Pdf, cell: Cell): number {
  font(doc, cell.style, cell.size);
  return doc.heightOfString(cell.text === '' ? ' ' : cell.text, { width: cell.width - 2 * PAD_X, lineGap: LINE_GAP });
}

/** Borders, then each cell's text centred vertically in the row. */
function drawRow(doc: Pdf, cells: Cell[], height: number): void {
  const top = doc.y;
  for (const cell of cells) {
    doc.rect(cell.x, top, cell.width, height).lineWidth(0.6).stroke();
    const offset = (height - textHeight(doc, cell)) / 2;
    font(doc, cell.style, cell.size).text(cell.text, cell.x + PAD_X, top + offset, {
      width: cell.width - 2 * PAD_X,
      align: cell.align,
      lineGap: LINE_GAP,
    });
  }
  doc.y = top + height;
}
