/**
 * The parts both documents share, as text: what the PDF and the HTML layouts draw, so the two
 * formats always say the same thing.
 */

/** Quốc hiệu and tiêu ngữ (Nghị định 30/2020/NĐ-CP, Phụ lục I). */
export const NATIONAL_TITLE = 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** The two header columns: who issues it on the left, the national title and the date on the right. */
export interface DocumentHeader {
  /** Cơ quan chủ quản, in plain capitals above the issuing body; null when the body issues in its own name. */
  parentBody: string | null;
  /** Bold capitals with a short rule under them. */
  issuingBody: string;
  /** 'Số: 12/QĐ-BTNMT', or null when the document carries no number. */
  numberLine: string | null;
  /** 'Hà Nội, ngày 05 tháng 5 năm 2026', in italics under the motto. */
  placeAndDate: string;
}

/** A signature: the capacity lines in bold capitals, room to sign, then the full name in bold. */
export interface SignatureBlock {
  capacity: string[];
  fullName: string;
}

/** Names can come from a database in decomposed form (NFD); one form keeps the font's precomposed glyphs in use. */
export function nfc(text: string): string {
  return text.normalize('NFC').trim();
}

/** A line ending in exactly the punctuation asked for, whatever it ended with before. */
export function endWith(line: string, mark: ';' | '.'): string {
  return line.trim().replace(/[\s;.,:]+$/u, '') + mark;
}
