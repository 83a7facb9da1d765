// The vote-count minutes as a PDF: counts and outcomes when the session closed, none at all when
// it lacked quorum, and never a member's own choice (the data does not carry it).
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { INQUORATE_STATEMENT } from './minutes.content.js';
import { renderMinutesPdf } from './minutes.pdf.js';
import { MINUTES_CLOSED, MINUTES_INQUORATE } from './testing/fixtures.js';
import { pdfPages } from './testing/pdf-text.js';

const OUT = 'test-results/documents';

/** The text between two markers, to look at one part of the minutes only. */
function between(text: string, from: string, to: string): string {
  const start = text.indexOf(from);
  const end = text.indexOf(to, start);
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  return text.slice(start, end);
}

describe('renderMinutesPdf', () => {
  it('prints the members, the quorum, the counts, the outcomes and the recusals of a closed session', async () => {
    const pdf = await renderMinutesPdf(MINUTES_CLOSED);
    mkdirSync(OUT, { recursive: true });
    writeFileSync(`${OUT}/minutes-closed.pdf`, pdf);
    const text = (await pdfPages(pdf)).join(' ');

    expect(text).toContain('BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG HỘI ĐỒNG THI ĐUA');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('Hà Nội, ngày 20 tháng 4 năm 2026');
    expect(text).toContain('BIÊN BẢN KIỂM PHIẾU Phiên họp xét công nhận Điển hình tiên tiến');
    expect(text).toContain('Thời gian: 20/04/2026 14:00.');
    expect(text).toContain('Địa điểm: Hà Nội.');
    expect(text).toContain('1 Nguyễn Thị Phương Hoa Thứ trưởng Chủ tịch Có mặt');
    expect(text).toContain('Lương Thị Thu Hằng Vụ trưởng Vụ Tổ chức cán bộ Ủy viên Gửi ý kiến bằng văn bản');
    expect(text).toContain('Phạm Thị Ngọc Lan Chủ tịch Công đoàn Bộ Ủy viên Vắng mặt');
    expect(text).toContain(
      'Tổng số thành viên Hội đồng: 9; số thành viên tham gia bỏ phiếu: 7 (trong đó 1 gửi ý kiến bằng văn bản); số cần để đủ điều kiện: 6.',
    );
    expect(text).toContain('Hồ sơ đạt khi số phiếu đồng ý đạt quá nửa tổng số thành viên Hội đồng (từ 5 phiếu đồng ý trở lên).');

    const results = between(text, '3. Kết quả kiểm phiếu', 'Kết luận');
    expect(results).toContain('Đồng ý Không đồng ý Không biểu quyết Không tham gia Không bỏ phiếu Kết quả');
    expect(results).toContain('1 Nguyễn Thị Hồng Nhung Sở Tài nguyên và Môi trường Cà Mau 5 0 1 1 2 Đạt');
    expect(results).toContain('2 Trần Quốc Khánh Tổng cục Quản lý đất đai 4 2 1 0 2 Không đạt');
    expect(results).toContain('3 Phòng Quản lý tài nguyên nước Cục Quản lý tài nguyên nước 7 0 0 0 2 Đạt');
    expect(results).toContain('- Hồ sơ số 1 (Nguyễn Thị Hồng Nhung): Bùi Thị Hồng Nhung.');
    expect(text).toContain('Kết luận: 2 hồ sơ đạt, 1 hồ sơ không đạt.');
    expect(text).toContain('Phiên họp kết thúc lúc 20/04/2026 16:45.');
    expect(text).toContain('THƯ KÝ HỘI ĐỒNG Vũ Minh Sơn CHỦ TỊCH HỘI ĐỒNG Nguyễn Thị Phương Hoa');
    expect(text).not.toContain(INQUORATE_STATEMENT);
  });

  it('prints no count and no outcome when the session lacked quorum, even if the data carries one', async () => {
    const pdf = await renderMinutesPdf(MINUTES_INQUORATE);
    mkdirSync(OUT, { recursive: true });
    writeFileSync(`${OUT}/minutes-inquorate.pdf`, pdf);
    const text = (await pdfPages(pdf)).join(' ');

    expect(text).toContain(INQUORATE_STATEMENT);
    expect(text).toContain(
      'Tổng số thành viên Hội đồng: 9; số thành viên tham gia bỏ phiếu: 5 (trong đó 1 gửi ý kiến bằng văn bản); số cần để đủ điều kiện: 6.',
    );
    const deferred = between(text, '3. Hồ sơ đưa ra phiên họp sau', 'Phiên họp kết thúc');
    expect(deferred).toContain('1 Nguyễn Thị Hồng Nhung Sở Tài nguyên và Môi trường Cà Mau');
    expect(deferred).toContain('3 Phòng Quản lý tài nguyên nước Cục Quản lý tài nguyên nước');
    // The fixture's stale tally is 8, 7, 6, 9, 9: none of those digits may reach a candidate row.
    expect(deferred).not.toMatch(/[6-9]/);
    for (const word of ['Đồng ý', 'Không đồng ý', 'Không biểu quyết', 'Không tham gia', 'Kết quả', 'Đạt', 'Không đạt', 'Kết luận']) {
      expect(text).not.toContain(word);
    }
    expect(text).not.toContain('Bùi Thị Hồng Nhung.'); // no recusal list either: nothing was counted
  });
});
