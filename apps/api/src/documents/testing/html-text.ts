/** The text a reader sees in one of our HTML documents: tags dropped, entities decoded, NFC, whitespace collapsed. */
import { normalise } from './pdf-text.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

export function htmlText(html: string): string {
  const body = html.slice(html.indexOf('<body>'));
  const text = body.replace(/<[^>]*>/g, ' ').replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name]);
  return normalise(text);
}
