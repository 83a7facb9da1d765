/**
 * The text a reader gets out of a PDF, page by page, through pdf.js (what Firefox and most viewers
 * use): NFC, whitespace collapsed, so assertions see words and not text-run boundaries.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export function normalise(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const content = await (await document.getPage(n)).getTextContent();
      const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
      pages.push(normalise(text));
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

/** The PDF's fonts, to check they are embedded subsets ('ABCDEF+Tinos-Bold'). */
export function embeddedFontNames(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  return [...new Set([...raw.matchAll(/\/BaseFont\s*\/([A-Z]{6}\+[\w-]+)/g)].map((m) => m[1]))];
}
