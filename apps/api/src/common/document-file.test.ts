// A document's Content-Disposition: an ASCII name for every client, the Vietnamese one for those that read RFC 5987.
import { describe, expect, it } from '@jest/globals';
import { inlineDisposition } from './document-file.js';

describe('inlineDisposition', () => {
  it('gives the minutes an ASCII name with a short id, and the Vietnamese name encoded', () => {
    const header = inlineDisposition({ name: 'Biên bản kiểm phiếu – Phiên họp thứ nhất', suffix: '1a2b3c4d' }, 'pdf');
    expect(header).toMatch(/^inline; filename="bien-ban-kiem-phieu-phien-hop-thu-nhat-1a2b3c4d\.pdf"; filename\*=UTF-8''/);
    const encoded = header.slice(header.indexOf("''") + 2);
    expect(encoded).toMatch(/^[A-Za-z0-9%._~!-]+$/);
    expect(decodeURIComponent(encoded)).toBe('Biên bản kiểm phiếu – Phiên họp thứ nhất.pdf');
  });

  it('turns the slash of a decision number into a dash, and drops quotes and control characters', () => {
    const header = inlineDisposition({ name: 'Quyết định số 12/QĐ-BTNMT' }, 'html');
    expect(header).toContain('filename="quyet-dinh-so-12-qd-btnmt.html"');
    expect(decodeURIComponent(header.slice(header.indexOf("''") + 2))).toBe('Quyết định số 12-QĐ-BTNMT.html');
    const odd = inlineDisposition({ name: 'Phiên "đặc biệt"\r\n (lần 2)*' }, 'pdf');
    expect(odd).toContain('filename="phien-dac-biet-lan-2.pdf"');
    expect(odd).not.toMatch(/[\r\n]/);
    expect(odd.slice(odd.indexOf("''") + 2)).toMatch(/^[A-Za-z0-9%._~!-]+$/);
    expect(decodeURIComponent(odd.slice(odd.indexOf("''") + 2))).toBe('Phiên đặc biệt (lần 2).pdf');
    expect(inlineDisposition({ name: '“”' }, 'pdf')).toContain('filename="tai-lieu.pdf"');
  });
});
