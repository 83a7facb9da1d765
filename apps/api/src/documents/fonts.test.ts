// The embedded font must draw every Vietnamese letter itself: a missing glyph prints as a box.
import { describe, expect, it } from '@jest/globals';
import * as fontkit from 'fontkit';
import { FONT_STYLES, fontFiles } from './fonts.js';

const VIETNAMESE_LOWER = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';
const LETTERS = [...VIETNAMESE_LOWER, ...VIETNAMESE_LOWER.toLocaleUpperCase('vi')];
const PUNCTUATION = [...'0123456789.,;:()/–-"“”'];

describe('fonts', () => {
  it.each(FONT_STYLES)('%s has a glyph for every Vietnamese letter, upper and lower case', (style) => {
    const font = fontkit.create(fontFiles()[style]);
    if ('fonts' in font) throw new Error('expected a single font, not a collection');
    expect(font.familyName).toBe('Tinos');
    const missing = [...LETTERS, ...PUNCTUATION].filter((ch) => !font.hasGlyphForCodePoint(ch.codePointAt(0)!));
    expect(missing).toEqual([]);
    expect(LETTERS).toHaveLength(2 * 89);
  });
});
