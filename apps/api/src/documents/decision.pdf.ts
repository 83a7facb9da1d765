/** The decision and its annexed list as an A4 PDF. */
import { type DecisionContent, decisionContent } from './decision.content.js';
import type { DecisionData } from './document-data.js';
import { BODY_SIZE, centredLines, drawHeader, drawRecipientsAndSignature, gap, paragraph, titleRule } from './pdf-blocks.js';
import { type Pdf, renderPdf } from './pdf-document.js';
import { type PdfColumn, type PdfRow, drawTable } from './pdf-table.js';

export async function renderDecisionPdf(data: DecisionData): Promise<Buffer> {
  const content = decisionContent(data);
  return renderPdf({ title: content.title, author: content.author, subject: content.summary }, ({ doc, startSection }) => {
    drawDecision(doc, content);
    startSection();
    drawAnnex(doc, content.annex);
  });
}

function drawDecision(doc: Pdf, content: DecisionContent): void {
  drawHeader(doc, content.header);
  centredLines(doc, [content.type, content.summary], 'bold', 14);
  titleRule(doc);
  gap(doc, 12);
  centredLines(doc, [content.authority], 'bold', 14);
  gap(doc, 8);
  for (const basis of content.bases) paragraph(doc, [{ text: basis, style: 'italic' }]);
  gap(doc, 4);
  centredLines(doc, [content.decides], 'bold', 14);
  gap(doc, 8);
  for (const article of content.articles) {
    paragraph(doc, [
      { text: `${article.label} `, style: 'bold' },
      { text: article.text, style: 'regular' },
    ]);
  }
  drawRecipientsAndSignature(doc, content.recipientsLabel, content.recipients, content.signature);
}

const ANNEX_COLUMNS = (labels: DecisionContent['annex']['columns']): PdfColumn[] => [
  { header: labels[0], weight: 7, align: 'center' },
  { header: labels[1], weight: 33, align: 'left' },
  { header: labels[2], weight: 25, align: 'left' },
  { header: labels[3], weight: 35, align: 'left' },
];

function drawAnnex(doc: Pdf, annex: DecisionContent['annex']): void {
  centredLines(doc, [annex.title], 'bold', 14);
  if (annex.subtitle !== '') centredLines(doc, [annex.subtitle], 'bold', BODY_SIZE);
  centredLines(doc, [annex.reference], 'italic', BODY_SIZE);
  titleRule(doc);
  gap(doc, 12);
  const rows: PdfRow[] = annex.groups.flatMap((group) => [
    { group: group.label },
    ...group.rows.map((row) => ({ cells: [String(row.order), row.name, row.position, row.unitName] })),
  ]);
  drawTable(doc, ANNEX_COLUMNS(annex.columns), rows);
}
