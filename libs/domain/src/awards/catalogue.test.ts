// The catalogue of titles: codes, Vietnamese names, who may receive them; found by code or name, with or without diacritics.
import { describe, expect, it } from '@jest/globals';
import { slugify } from '../nomination/nominee-key.js';
import { AWARD_TITLES, awardTitle, awardTitleName, CONFERRED_TITLE_CODE, findAwardTitle } from './catalogue.js';

describe('the catalogue of titles', () => {
  it('has one entry per code, each name and code telling one title apart from every other', () => {
    const codes = AWARD_TITLES.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    const slugs = AWARD_TITLES.flatMap((t) => [...new Set([slugify(t.name), slugify(t.code)])]);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('names the honour the engine confers', () => {
    expect(awardTitle(CONFERRED_TITLE_CODE)).toMatchObject({ name: 'Điển hình tiên tiến', kinds: ['INDIVIDUAL', 'COLLECTIVE'] });
  });

  it.each([
    ['Chiến sĩ thi đua cơ sở', 'CHIEN_SI_THI_DUA_CO_SO'],
    ['  chiến sĩ  THI ĐUA cơ sở ', 'CHIEN_SI_THI_DUA_CO_SO'],
    ['Chien si thi dua co so', 'CHIEN_SI_THI_DUA_CO_SO'],
    ['CHIEN_SI_THI_DUA_BO', 'CHIEN_SI_THI_DUA_BO'],
    ['Chiến sĩ thi đua cấp Bộ', 'CHIEN_SI_THI_DUA_BO'],
    ['Tập thể lao động xuất sắc', 'TAP_THE_LAO_DONG_XUAT_SAC'],
    ['Bằng khen của Bộ trưởng', 'BANG_KHEN_BO_TRUONG'],
    ['Chiến sĩ thi đua cơ sở'.normalize('NFD'), 'CHIEN_SI_THI_DUA_CO_SO'],
  ])('“%s” is %s', (text, code) => {
    expect(findAwardTitle(text)?.code).toBe(code);
  });

  it.each(['', '   ', 'Huân chương Lao động hạng Ba', 'Lao động'])('“%s” is not in the catalogue', (text) => {
    expect(findAwardTitle(text)).toBeUndefined();
  });

  it('shows a code it no longer knows as it is', () => {
    expect(awardTitleName('LAO_DONG_TIEN_TIEN')).toBe('Lao động tiên tiến');
    expect(awardTitleName('OLD_TITLE')).toBe('OLD_TITLE');
  });
});
