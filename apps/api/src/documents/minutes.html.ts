/** The vote-count minutes of one council session as one printable HTML page. */
import type { MinutesData } from './document-data.js';
import { type SafeHtml, html } from './html.js';
import { htmlPage, letterhead, signature } from './html-page.js';
import { type MinutesContent, type MinutesSection, minutesContent } from './minutes.content.js';

export function renderMinutesHtml(data: MinutesData): string {
  const content = minutesContent(data);
  return htmlPage(content.title, minutes(content));
}

function minutes(c: MinutesContent): SafeHtml {
  const [left, right] = c.signatures;
  return html`<main>
    ${letterhead(c.header)}
    <h1><span>${c.type}</span>${c.subtitles.map((line) => html`<span>${line}</span>`)}</h1>
    <div class="title-rule"></div>
    <section class="body">${c.opening.map((line) => html`<p>${line}</p> `)}</section>
    ${c.sections.map(section)}
    <section class="body"><p>${c.closing}</p></section>
    <table class="foot">
      <tr>
        <td class="signature">${signature(left)}</td>
        <td class="signature">${signature(right)}</td>
      </tr>
    </table>
  </main> `;
}

function section(s: MinutesSection): SafeHtml {
  return html`<section class="body">
    <h2>${s.heading}</h2>
    ${s.paragraphs.map((text) => html`<p>${text}</p> `)}${s.table !== null && table(s.table)}
    ${s.notes.map((text) => html`<p>${text}</p> `)}
  </section> `;
}

function table({ columns, kinds, rows }: NonNullable<MinutesSection['table']>): SafeHtml {
  // Nine columns of counts take a smaller face than the members' five.
  return html`<table class="grid${columns.length > 6 ? ' narrow' : ''}">
    <thead>
      <tr>
        ${columns.map((text, i) => html`<th class="${kinds[i]}">${text}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (cells) =>
          html`<tr>
            ${cells.map((text, i) => html`<td class="${kinds[i]}">${text}</td>`)}
          </tr> `,
      )}
    </tbody>
  </table>`;
}
