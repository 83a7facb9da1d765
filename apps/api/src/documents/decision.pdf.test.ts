// The decision PDF: what a reader extracts from it keeps every diacritic, the number, the whole
// annex, and the signature that matches who signs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { renderDecisionPdf } from './decision.pdf.js';
import { DECISION } from './testing/fixtures.js';
import { embeddedFontNames, pdfPages } from './testing/pdf-text.js';

const OUT = 'test-results/documents';

describe('renderDecisionPdf', () => {
  it('prints the decision signed by a deputy minister, with its annex on its own page', async () => {
    const pdf = await renderDecisionPdf(DECISION);
    mkdirSync(OUT, { recursive: true });
    writeFileSync(`${OUT}/decision.pdf`, pdf);

    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = await pdfPages(pdf);
    const decision = pages.slice(0, -1).join(' ');
    const annex = pages[pages.length - 1];

    expect(decision).toContain('BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG');
    expect(decision).toContain('Số: 12/QĐ-BTNMT');
    expect(decision).toContain('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(decision).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(decision).toContain('Hà Nội, ngày 05 tháng 5 năm 2026');
    expect(decision).toContain('QUYẾT ĐỊNH Về việc công nhận danh hiệu Điển hình tiên tiến giai đoạn 2016–2018');
    expect(decision).toContain('BỘ TRƯỞNG BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG');
    expect(decision).toContain('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;');
    expect(decision).toContain('quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tài nguyên và Môi trường;');
    expect(decision).toContain('Theo đề nghị của Vụ trưởng Vụ Thi đua, Khen thưởng và Tuyên truyền.');
    expect(decision).toContain('QUYẾT ĐỊNH:');
    expect(decision).toContain(
      'Điều 1. Công nhận danh hiệu Điển hình tiên tiến cho 5 cá nhân, tập thể (3 cá nhân và 2 tập thể) có tên trong Danh sách kèm theo Quyết định này.',
    );
    expect(decision).toContain('Điều 2. Quyết định này có hiệu lực kể từ ngày ký.');
    expect(decision).toContain('Điều 3.');
    expect(decision).toContain('Nơi nhận: - Như Điều 3; - Bộ trưởng (để báo cáo);');
    expect(decision).toContain('- Cổng Thông tin điện tử Bộ; - Lưu: VT, TĐKT.');
    expect(decision).toContain('KT. BỘ TRƯỞNG');
    expect(decision).toContain('THỨ TRƯỞNG');
    expect(decision).toContain('Nguyễn Thị Phương Hoa');

    expect(annex).toContain('DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN');
    expect(annex).toContain('(Kèm theo Quyết định số 12/QĐ-BTNMT ngày 05/05/2026 của Bộ trưởng Bộ Tài nguyên và Môi trường)');
    expect(annex).toContain('STT Họ và tên / Tên tập thể Chức vụ Đơn vị');
    expect(annex).toContain('I. CÁ NHÂN');
    expect(annex).toContain('II. TẬP THỂ');
    expect(annex).toContain('1 Nguyễn Thị Hồng Nhung Phó Giám đốc Sở Tài nguyên và Môi trường Cà Mau');
    for (const row of DECISION.annex) expect(annex).toContain(row.nomineeName);
    expect(annex.indexOf('I. CÁ NHÂN')).toBeLessThan(annex.indexOf('Lê Thị Ngọc Ánh'));
    expect(annex.indexOf('II. TẬP THỂ')).toBeLessThan(annex.indexOf('Phòng Quản lý tài nguyên nước'));

    // Every face used is embedded as a subset, so the PDF prints the same on any machine.
    expect(
      embeddedFontNames(pdf)
        .map((name) => name.split('+')[1])
        .sort(),
    ).toEqual(['Tinos-Bold', 'Tinos-BoldItalic', 'Tinos-Italic', 'Tinos-Regular'].sort());
  });

  it('has the minister sign as BỘ TRƯỞNG, without KT. or THỨ TRƯỞNG', async () => {
    const pages = await pdfPages(await renderDecisionPdf({ ...DECISION, signer: { fullName: 'Trần Hồng Hà', onBehalfOfMinister: false } }));
    const decision = pages.slice(0, -1).join(' ');
    expect(decision).toMatch(/Lưu: VT, TĐKT\. BỘ TRƯỞNG Trần Hồng Hà/);
    expect(decision).not.toMatch(/(^|\s)KT\./); // 'TĐKT.' in the office's copy line is not it
    expect(decision).not.toContain('THỨ TRƯỞNG');
  });

  it('reads names stored decomposed (NFD) as the same letters', async () => {
    const decomposed = { ...DECISION, annex: DECISION.annex.map((row) => ({ ...row, nomineeName: row.nomineeName.normalize('NFD') })) };
    const pages = await pdfPages(await renderDecisionPdf(decomposed));
    expect(pages[pages.length - 1]).toContain('Nguyễn Thị Hồng Nhung');
  });

  it('runs a long annex over several pages, numbering them apart and repeating the column titles', async () => {
    const annex = Array.from({ length: 60 }, (_, i) => ({
      ...DECISION.annex[i % DECISION.annex.length],
      order: i + 1,
      nomineeName: `Người thứ ${i + 1}`,
    }));
    const pdf = await renderDecisionPdf({ ...DECISION, annex });
    writeFileSync(`${OUT}/decision-long-annex.pdf`, pdf);
    const pages = await pdfPages(pdf);
    const annexPages = pages.slice(pages.findIndex((page) => page.startsWith('DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN')));

    expect(annexPages.length).toBeGreaterThan(1);
    for (const page of annexPages) expect(page).toContain('STT Họ và tên / Tên tập thể Chức vụ Đơn vị');
    // The annex's second page is its page 2, whatever the decision's own length (numbers are drawn last).
    expect(annexPages[0]).not.toMatch(/ \d+$/);
    expect(annexPages[1]).toMatch(/ 2$/);
    const annexText = annexPages.join(' ');
    for (const row of annex) expect(annexText).toContain(`${row.nomineeName} `);
    // The data interleaves the kinds; grouped, the STT still runs 1…60 without a gap.
    expect(annexText).toContain('36 Người thứ 58 Dự báo viên chính');
    expect(annexText).toContain('II. TẬP THỂ 37 Người thứ 4 ');
    expect(annexText).toContain('60 Người thứ 60 ');
  });
});
