// The decision as HTML: a standalone, printable page saying what the PDF says, with every
// value escaped.
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { renderDecisionHtml } from './decision.html.js';
import { DECISION } from './testing/fixtures.js';
import { htmlText } from './testing/html-text.js';

const OUT = 'test-results/documents';

describe('renderDecisionHtml', () => {
  it('is a complete Vietnamese A4 page with the decision, its signature and the annex on a new sheet', () => {
    const page = renderDecisionHtml(DECISION);
    mkdirSync(OUT, { recursive: true });
    writeFileSync(`${OUT}/decision.html`, page);

    expect(page).toMatch(/^<!doctype html>\s*<html lang="vi">/);
    expect(page).toContain('<meta charset="utf-8" />');
    expect(page).toContain('<title>Quyết định số 12/QĐ-BTNMT</title>');
    expect(page).toContain('@page { size: A4; margin: 20mm 15mm 20mm 30mm; }');
    expect(page).toContain("font-family: 'Times New Roman', Tinos");
    expect(page).toMatch(/\.annex \{ break-before: page; \}/);
    expect(page).not.toMatch(/<(script|link|img)\b/); // standalone: nothing to fetch

    const text = htmlText(page);
    expect(text).toContain('BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('Số: 12/QĐ-BTNMT Hà Nội, ngày 05 tháng 5 năm 2026');
    expect(text).toContain(
      'QUYẾT ĐỊNH Về việc công nhận danh hiệu Điển hình tiên tiến giai đoạn 2016–2018 BỘ TRƯỞNG BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG',
    );
    expect(text).toContain('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;');
    expect(text).toContain('Theo đề nghị của Vụ trưởng Vụ Thi đua, Khen thưởng và Tuyên truyền. QUYẾT ĐỊNH:');
    expect(text).toContain('Điều 1. Công nhận danh hiệu Điển hình tiên tiến cho 5 cá nhân, tập thể (3 cá nhân và 2 tập thể)');
    expect(text).toContain('Nơi nhận: - Như Điều 3;');
    expect(text).toContain('- Lưu: VT, TĐKT. KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Thị Phương Hoa');
    expect(text).toContain('DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN');
    expect(text).toContain('(Kèm theo Quyết định số 12/QĐ-BTNMT ngày 05/05/2026 của Bộ trưởng Bộ Tài nguyên và Môi trường)');
    expect(text).toContain('I. CÁ NHÂN 1 Nguyễn Thị Hồng Nhung Phó Giám đốc Sở Tài nguyên và Môi trường Cà Mau');
    expect(text).toContain('II. TẬP THỂ 4 Phòng Quản lý tài nguyên nước Cục Quản lý tài nguyên nước');
    for (const row of DECISION.annex) expect(text).toContain(row.nomineeName);
  });

  it('has the minister sign as BỘ TRƯỞNG alone', () => {
    const text = htmlText(renderDecisionHtml({ ...DECISION, signer: { fullName: 'Trần Hồng Hà', onBehalfOfMinister: false } }));
    expect(text).toContain('- Lưu: VT, TĐKT. BỘ TRƯỞNG Trần Hồng Hà');
    expect(text).not.toMatch(/(^|\s)KT\./);
    expect(text).not.toContain('THỨ TRƯỞNG');
  });

  it('escapes every value it prints', () => {
    const page = renderDecisionHtml({
      ...DECISION,
      number: '12/QĐ-BTNMT"><b>',
      annex: [{ ...DECISION.annex[0], nomineeName: '<script>alert("x")</script> Nguyễn & Con', unitName: "Sở 'A' <B>" }],
    });
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('<b>');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Nguyễn &amp; Con');
    expect(page).toContain('Sở &#39;A&#39; &lt;B&gt;');
    expect(htmlText(page)).toContain('<script>alert("x")</script> Nguyễn & Con');
  });
});
