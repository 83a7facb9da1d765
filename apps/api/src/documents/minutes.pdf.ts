/** The vote-count minutes of one council session as an A4 PDF. */
import type { MinutesData } from './document-data.js';
import { type ColumnKind, type MinutesContent, type MinutesSection, minutesContent } from './minutes.content.js';
import { type Run, centredLines, drawHeader, drawSignaturePair, gap, paragraph, paragraphHeight, titleRule } from './pdf-blocks.js';
import { type Pdf, keepTogether, renderPdf } from './pdf-document.js';
import { type PdfColumn, drawTable } from './pdf-table.js';

export async function renderMinutesPdf(data: MinutesData): Promise<Buffer> {
  const content = minutesContent(data);
  return renderPdf({ title: content.title, author: content.author, subject: content.type }, ({ doc }) => drawMinutes(doc, content));
}

function drawMinutes(doc: Pdf, content: MinutesContent): void {
  drawHeader(doc, content.header);
  centredLines(doc, [content.type], 'bold', 14);
  centredLines(doc, content.subtitles, 'bold', 13);
  titleRule(doc);
  gap(doc, 12);
  for (const line of content.opening) paragraph(doc, [{ text: line, style: 'regular' }]);
  for (const section of content.sections) drawSection(doc, section);
  paragraph(doc, [{ text: content.closing, style: 'regular' }]);
  drawSignaturePair(doc, content.signatures);
}

/** How wide and how aligned each kind of column is: counts are narrow, names get the room. */
const COLUMN_SHAPES: Record<ColumnKind, Omit<PdfColumn, 'header'>> = {
  order: { weight: 7, align: 'center' },
  text: { weight: 22, align: 'left' },
  short: { weight: 16, align: 'left' },
  count: { weight: 10, align: 'center' }, // room for 'Không' in the header, the longest word there
  outcome: { weight: 11, align: 'center' },
};

/** Room for a table's header row and a first row, so a heading never ends a page alone. */
const TABLE_START = 80;

function drawSection(doc: Pdf, section: MinutesSection): void {
  const heading: Run[] = [{ text: section.heading, style: 'bold' }];
  const paragraphs: Run[][] = section.paragraphs.map((text) => [{ text, style: 'regular' }]);
  const lead = [heading, ...paragraphs].reduce((sum, runs) => sum + paragraphHeight(doc, runs), 0);
  keepTogether(doc, lead + (section.table === null ? 0 : TABLE_START));
  for (const runs of [heading, ...paragraphs]) paragraph(doc, runs);
  if (section.table !== null) {
    const { columns, kinds, rows } = section.table;
    // Nine columns of counts need a smaller face than the members' five.
    const size = columns.length > 6 ? 11 : 12;
    drawTable(
      doc,
      columns.map((header, i) => ({ header, ...COLUMN_SHAPES[kinds[i]] })),
      rows.map((cells) => ({ cells })),
      size,
    );
    gap(doc, 8);
  }
  for (const text of section.notes) paragraph(doc, [{ text, style: 'regular' }]);
}
