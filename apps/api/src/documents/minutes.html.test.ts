// The minutes as HTML: the same content as the PDF, escaped, and without any count or outcome
// when the session lacked quorum.
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { INQUORATE_STATEMENT } from './minutes.content.js';
import { renderMinutesHtml } from './minutes.html.js';
import { MINUTES_CLOSED, MINUTES_INQUORATE } from './testing/fixtures.js';
import { htmlText } from './testing/html-text.js';

const OUT = 'test-results/documents';

describe('renderMinutesHtml', () => {
  it('prints the members, quorum, counts, outcomes and recusals of a closed session', () => {
    const page = renderMinutesHtml(MINUTES_CLOSED);
    mkdirSync(OUT, { recursive: true });
    writeFileSync(`${OUT}/minutes-closed.html`, page);
    expect(page).toMatch(/^<!doctype html>\s*<html lang="vi">/);
    expect(page).toContain('<meta charset="utf-8" />');

    const text = htmlText(page);
    expect(text).toContain('BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Hà Nội, ngày 20 tháng 4 năm 2026 BIÊN BẢN KIỂM PHIẾU Phiên họp xét công nhận Điển hình tiên tiến');
    expect(text).toContain('Thời gian: 20/04/2026 14:00. Địa điểm: Hà Nội.');
    expect(text).toContain('4 Lương Thị Thu Hằng Vụ trưởng Vụ Tổ chức cán bộ Ủy viên Gửi ý kiến bằng văn bản');
    expect(text).toContain(
      'Tổng số thành viên Hội đồng: 9; số thành viên tham gia bỏ phiếu: 7 (trong đó 1 gửi ý kiến bằng văn bản); số cần để đủ điều kiện: 6.',
    );
    expect(text).toContain('STT Họ và tên / Tên tập thể Đơn vị Đồng ý Không đồng ý Không biểu quyết Không tham gia Không bỏ phiếu Kết quả');
    expect(text).toContain('1 Nguyễn Thị Hồng Nhung Sở Tài nguyên và Môi trường Cà Mau 5 0 1 1 2 Đạt');
    expect(text).toContain('2 Trần Quốc Khánh Tổng cục Quản lý đất đai 4 2 1 0 2 Không đạt');
    expect(text).toContain('- Hồ sơ số 1 (Nguyễn Thị Hồng Nhung): Bùi Thị Hồng Nhung.');
    expect(text).toContain('THƯ KÝ HỘI ĐỒNG Vũ Minh Sơn CHỦ TỊCH HỘI ĐỒNG Nguyễn Thị Phương Hoa');
    expect(text).not.toContain(INQUORATE_STATEMENT);
  });

  it('prints no count and no outcome when the session lacked quorum', () => {
    const page = renderMinutesHtml(MINUTES_INQUORATE);
    writeFileSync(`${OUT}/minutes-inquorate.html`, page);
    const text = htmlText(page);
    expect(text).toContain(INQUORATE_STATEMENT);
    const deferred = text.slice(text.indexOf('3. Hồ sơ đưa ra phiên họp sau'), text.indexOf('Phiên họp kết thúc'));
    expect(deferred).toContain('1 Nguyễn Thị Hồng Nhung Sở Tài nguyên và Môi trường Cà Mau');
    expect(deferred).not.toMatch(/[6-9]/); // the fixture's stale tally is 8, 7, 6, 9, 9
    for (const word of ['Đồng ý', 'Không đồng ý', 'Không biểu quyết', 'Không tham gia', 'Kết quả', 'Đạt', 'Không đạt', 'Kết luận']) {
      expect(text).not.toContain(word);
    }
  });

  it('escapes names', () => {
    const page = renderMinutesHtml({
      ...MINUTES_CLOSED,
      members: [{ ...MINUTES_CLOSED.members[0], fullName: 'A <i>B</i> & C' }],
      chairName: '<img src=x>',
    });
    expect(page).toContain('A &lt;i&gt;B&lt;/i&gt; &amp; C');
    expect(page).toContain('&lt;img src=x&gt;');
    expect(page).not.toMatch(/<(i|img)\b/);
  });
});
