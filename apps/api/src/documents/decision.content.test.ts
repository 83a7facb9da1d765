// The decision's wording, before any layout: punctuation of the grounds, the recipients' list,
// the count in Điều 1 and who signs.
import { describe, expect, it } from '@jest/globals';
import { decisionContent } from './decision.content.js';
import { DECISION } from './testing/fixtures.js';

describe('decisionContent', () => {
  it('ends every ground with ";" and the last line, the proposal, with "."', () => {
    expect(decisionContent(DECISION).bases.map((line) => line.slice(-1))).toEqual([';', ';', ';', '.']);
  });

  it('ends the last legal basis with "." when there is no proposal line', () => {
    const { bases } = decisionContent({ ...DECISION, proposalReference: '' });
    expect(bases).toHaveLength(3);
    expect(bases[2]).toMatch(/Bộ Tài nguyên và Môi trường\.$/);
  });

  it('starts a bare proposal reference with "Theo đề nghị của"', () => {
    const { bases } = decisionContent({ ...DECISION, proposalReference: 'Vụ trưởng Vụ Thi đua, Khen thưởng và Tuyên truyền' });
    expect(bases[3]).toBe('Theo đề nghị của Vụ trưởng Vụ Thi đua, Khen thưởng và Tuyên truyền.');
  });

  it('lists recipients as "- X;" and closes with the office copy, never twice', () => {
    const { recipients } = decisionContent({ ...DECISION, recipients: ['- Như Điều 3;', 'Lưu: VT, Vụ TĐKT', 'Các Thứ trưởng.'] });
    expect(recipients).toEqual(['- Như Điều 3;', '- Các Thứ trưởng;', '- Lưu: VT, TĐKT.']);
  });

  it('counts only the kind recognised when there is one kind', () => {
    const individuals = DECISION.annex.filter((row) => row.nomineeKind === 'INDIVIDUAL');
    const { articles, annex } = decisionContent({ ...DECISION, annex: individuals });
    expect(articles[0].text).toBe('Công nhận danh hiệu Điển hình tiên tiến cho 3 cá nhân có tên trong Danh sách kèm theo Quyết định này.');
    expect(annex.groups.map((group) => group.label)).toEqual(['I. CÁ NHÂN']);
  });

  it('has a deputy sign on behalf of the minister, and the minister alone', () => {
    expect(decisionContent(DECISION).signature).toEqual({ capacity: ['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG'], fullName: 'Nguyễn Thị Phương Hoa' });
    const minister = decisionContent({ ...DECISION, signer: { fullName: 'Trần Hồng Hà', onBehalfOfMinister: false } });
    expect(minister.signature).toEqual({ capacity: ['BỘ TRƯỞNG'], fullName: 'Trần Hồng Hà' });
  });

  it('dates the annex reference in Hanoi time', () => {
    // 20:00 UTC on 4 May is 03:00 on 5 May in Hanoi.
    const content = decisionContent({ ...DECISION, signedAt: '2026-05-04T20:00:00.000Z' });
    expect(content.header.placeAndDate).toBe('Hà Nội, ngày 05 tháng 5 năm 2026');
    expect(content.annex.reference).toContain('ngày 05/05/2026');
  });

  it('refuses a decision that recognises no one', () => {
    expect(() => decisionContent({ ...DECISION, annex: [] })).toThrow(RangeError);
  });
});
