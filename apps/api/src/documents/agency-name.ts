/**
 * A ministry's name as written inside a sentence. The data carries it in capitals, as the header
 * prints it ('BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG'); the annex's reference line needs
 * 'Bộ Tài nguyên và Môi trường'. Nghị định 30/2020 capitalises the word naming the kind of body
 * and the first word of each field it covers: here, the first two words and each word after
 * 'và', a comma or a dash. That fits the ministries' names but one, kept as an exception.
 */
const EXCEPTIONS: Record<string, string> = { 'Bộ Công thương': 'Bộ Công Thương' };

export function agencyNameInSentence(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed !== trimmed.toLocaleUpperCase('vi')) return trimmed; // already written by hand
  const words = trimmed.toLocaleLowerCase('vi').split(' ');
  const written = words.map((word, i) => {
    const previous = words[i - 1];
    const startsField = i < 2 || previous === 'và' || /[,–-]$/.test(previous) || /^[–-]$/.test(previous);
    return startsField ? capitalise(word) : word;
  });
  const result = written.join(' ');
  return EXCEPTIONS[result] ?? result;
}

function capitalise(word: string): string {
  const [first = '', ...rest] = word;
  return first.toLocaleUpperCase('vi') + rest.join('');
}
