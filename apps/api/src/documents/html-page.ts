/**
 * The shell and shared parts of a printable HTML document: A4 with the margins of Nghị định
 * 30/2020, Times New Roman (or the metric-compatible Tinos), the two-column header and signatures.
 * Standalone: inline CSS, nothing fetched.
 */
import { type DocumentHeader, MOTTO, NATIONAL_TITLE, type SignatureBlock } from './document-parts.js';
import { type HtmlValue, SafeHtml, html } from './html.js';

const STYLE = new SafeHtml(`
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
html { font-family: 'Times New Roman', Tinos, 'Liberation Serif', serif; font-size: 13pt; line-height: 1.3; color: #000; background: #fff; }
body { margin: 0; }
@media screen {
  html { background: #e8e8e8; }
  body { width: 165mm; margin: 8mm auto; padding: 20mm 15mm 20mm 30mm; background: #fff; box-shadow: 0 0 4px rgba(0,0,0,.3); }
}
p { margin: 0 0 6pt; }
table { border-collapse: collapse; width: 100%; }
/* The national title (about 250 pt) keeps to one line; a long body name wraps, balanced. Print
   clips whatever enters the page margins, so unlike the PDF the header stays within them. */
.letterhead { table-layout: fixed; }
.letterhead td { vertical-align: top; text-align: center; padding: 0; text-wrap: balance; }
.letterhead .issuer { width: 45%; font-size: 12pt; }
.letterhead .nation { font-size: 12pt; }
.letterhead .motto { font-size: 13pt; }
.letterhead .ruled { display: inline-block; border-bottom: 1px solid #000; padding-bottom: 1pt; }
.rule { width: 35%; margin: 1pt auto 0; border-top: 1px solid #000; }
.letterhead .number, .letterhead .date { padding-top: 8pt; font-size: 13pt; }
.date { font-style: italic; }
h1 { font-size: 14pt; text-align: center; margin: 18pt 0 0; }
h1 span { display: block; }
.title-rule { width: 80pt; margin: 6pt auto 14pt; border-top: 1px solid #000; }
.centred { text-align: center; font-weight: bold; }
.authority, .decides { font-size: 14pt; margin: 10pt 0; }
.body p { text-align: justify; text-indent: 1cm; }
.bases p { font-style: italic; }
h2 { font-size: 13pt; margin: 8pt 0 6pt; text-indent: 1cm; break-after: avoid; }
.grid { margin: 4pt 0 8pt; font-size: 12pt; break-before: avoid; }
.grid.narrow { font-size: 11pt; }
.grid th, .grid td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: middle; }
.grid th { font-size: 0.95em; }
.grid thead { display: table-header-group; }
.grid tr { break-inside: avoid; }
.grid .order, .grid .count, .grid .outcome { text-align: center; }
.grid th.order { width: 7%; }
.grid th.short { width: 17%; }
.grid th.count { width: 8.5%; }
.grid th.outcome { width: 9%; }
.grid th.position { width: 25%; }
.grid th.unit { width: 35%; }
.grid .group td { font-weight: bold; }
.foot { margin-top: 10pt; break-inside: avoid; }
.foot td { vertical-align: top; padding: 0; }
.recipients { width: 45%; font-size: 11pt; }
.recipients p { margin: 0; }
.recipients .label { font-size: 12pt; font-weight: bold; font-style: italic; }
.signature { text-align: center; font-weight: bold; }
.signature p { margin: 0; }
.signature .name { margin-top: 72pt; }
.annex { break-before: page; }
.annex .date { text-align: center; }
`);

export function htmlPage(title: string, body: HtmlValue): string {
  return html`<!doctype html>
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}</title>
        <style>
          ${STYLE}
        </style>
      </head>
      <body>
        ${body}
      </body>
    </html> `.markup;
}

export function letterhead(header: DocumentHeader): SafeHtml {
  return html`<table class="letterhead">
    <tr>
      <td class="issuer">
        ${header.parentBody !== null && html`<div>${dashStaysOnLine(header.parentBody)}</div>`}
        <div><strong>${dashStaysOnLine(header.issuingBody)}</strong></div>
        <div class="rule"></div>
      </td>
      <td class="nation">
        <div><strong>${NATIONAL_TITLE}</strong></div>
        <div class="motto"><strong class="ruled">${MOTTO}</strong></div>
      </td>
    </tr>
    <tr>
      <td class="number">${header.numberLine}</td>
      <td class="date">${header.placeAndDate}</td>
    </tr>
  </table>`;
}

/** 'THI ĐUA – KHEN THƯỞNG' wraps after the dash, not before it (a no-break space ties it to the word before). */
function dashStaysOnLine(text: string): string {
  return text.replace(/ ([–-]) /g, '\u00a0$1 ');
}

export function signature(block: SignatureBlock): SafeHtml {
  return html`${block.capacity.map((line) => html`<p>${line}</p>`)}
    <p class="name">${block.fullName}</p>`;
}
