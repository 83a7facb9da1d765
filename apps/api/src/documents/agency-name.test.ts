// The ministry's name inside a sentence, from the capitals the header prints.
import { describe, expect, it } from '@jest/globals';
import { agencyNameInSentence } from './agency-name.js';

describe('agencyNameInSentence', () => {
  it.each([
    ['BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG', 'Bộ Tài nguyên và Môi trường'],
    ['BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN', 'Bộ Nông nghiệp và Phát triển nông thôn'],
    ['BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 'Bộ Lao động - Thương binh và Xã hội'],
    ['BỘ VĂN HOÁ, THỂ THAO VÀ DU LỊCH', 'Bộ Văn hoá, Thể thao và Du lịch'],
    ['BỘ TÀI CHÍNH', 'Bộ Tài chính'],
    ['BỘ CÔNG THƯƠNG', 'Bộ Công Thương'],
  ])('%s → %s', (upper, written) => {
    expect(agencyNameInSentence(upper)).toBe(written);
  });

  it('leaves a name already written in mixed case alone', () => {
    expect(agencyNameInSentence('Bộ Tài nguyên và Môi trường')).toBe('Bộ Tài nguyên và Môi trường');
  });
});
