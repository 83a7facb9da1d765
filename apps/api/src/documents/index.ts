/**
 * The ministry's two printed documents, as PDF and as HTML, from plain data: the council's
 * vote-count minutes (biên bản kiểm phiếu) and the minister's decision recognising the advanced
 * exemplars (quyết định công nhận Điển hình tiên tiến) with its annexed list.
 */
export type { DecisionData, MinutesData } from './document-data.js';
export { renderDecisionHtml } from './decision.html.js';
export { renderDecisionPdf } from './decision.pdf.js';
export { renderMinutesHtml } from './minutes.html.js';
export { renderMinutesPdf } from './minutes.pdf.js';
