/**
 * A name folded for searching: lower case, without Vietnamese diacritics (đ → d), single spaces.
 * "Nguyễn Văn An" and "nguyen van an" fold alike, so either finds the other. Done here, not with
 * PostgreSQL's unaccent (an extension the embedded database may lack); stored in the read model.
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}
