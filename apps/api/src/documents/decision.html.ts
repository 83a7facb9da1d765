/** The decision and its annexed list as one printable HTML page; the annex starts a new sheet. */
import { type DecisionContent, decisionContent } from './decision.content.js';
import type { DecisionData } from './document-data.js';
import { type SafeHtml, html } from './html.js';
import { htmlPage, letterhead, signature } from './html-page.js';

export function renderDecisionHtml(data: DecisionData): string {
  const content = decisionContent(data);
  return htmlPage(content.title, [decision(content), annex(content.annex)]);
}

function decision(c: DecisionContent): SafeHtml {
  return html`<main>
    ${letterhead(c.header)}
    <h1><span>${c.type}</span><span>${c.summary}</span></h1>
    <div class="title-rule"></div>
    <p class="centred authority">${c.authority}</p>
    <section class="body bases">${c.bases.map((line) => html`<p>${line}</p> `)}</section>
    <p class="centred decides">${c.decides}</p>
    <section class="body articles">${c.articles.map((a) => html`<p><strong>${a.label}</strong> ${a.text}</p> `)}</section>
    <table class="foot">
      <tr>
        <td class="recipients">
          <p class="label">${c.recipientsLabel}</p>
          ${c.recipients.map((line) => html`<p>${line}</p>`)}
        </td>
        <td class="signature">${signature(c.signature)}</td>
      </tr>
    </table>
  </main> `;
}

function annex(a: DecisionContent['annex']): SafeHtml {
  const [order, name, position, unit] = a.columns;
  return html`<section class="annex">
    <h1><span>${a.title}</span>${a.subtitle !== '' && html`<span>${a.subtitle}</span>`}</h1>
    <p class="date">${a.reference}</p>
    <div class="title-rule"></div>
    <table class="grid">
      <thead>
        <tr>
          <th class="order">${order}</th>
          <th>${name}</th>
          <th class="position">${position}</th>
          <th class="unit">${unit}</th>
        </tr>
      </thead>
      <tbody>
        ${a.groups.map(
          (group) =>
            html`<tr class="group">
                <td colspan="4">${group.label}</td>
              </tr>
              ${group.rows.map(
                (r) =>
                  html`<tr>
                    <td class="order">${r.order}</td>
                    <td>${r.name}</td>
                    <td>${r.position}</td>
                    <td>${r.unitName}</td>
                  </tr> `,
              )}`,
        )}
      </tbody>
    </table>
  </section> `;
}
