import { openCycle } from './support/api.js';
import { choose, confirm, expect, fillDate, screen, sessionOf, test } from './support/fixtures.js';

const name = (who: string) => `${who} ${Date.now().toString(36)}`;

/** A small real PDF, as a unit would scan its report. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj ' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/**
 * A unit prepares its dossier as a draft: saved without being sent, seen by nobody else, edited
 * in a dialog, then submitted; a cycle that requires documents shows its checklist, and a
 * submission without them is refused naming each.
 */
test('a unit saves a draft, edits it and submits it; a missing required document is named', async ({ browser }) => {
  test.setTimeout(240_000);
  const cycleCode = await openCycle('BAN-NHAP', { councilProcess: 'SESSIONS' });
  const strictCode = await openCycle('BAN-NHAP-TL', {
    councilProcess: 'SESSIONS',
    requiredDocuments: [
      { kind: 'BAO_CAO_THANH_TICH', title: 'Báo cáo thành tích' },
      { kind: 'BIEN_BAN_BINH_XET', title: 'Biên bản họp bình xét của đơn vị' },
    ],
  });
  const nominee = name('Đặng Thị Thu Hà');
  const unit = await sessionOf(browser, 'unit.BQLDA-DTXD');

  await test.step('the unit saves a draft: nothing is sent to anyone', async () => {
    await unit.getByRole('link', { name: 'Lập hồ sơ đề nghị' }).click();
    await choose(unit, 'Đợt xét chọn', cycleCode);
    await unit.getByLabel('Họ và tên / tên tập thể').fill(nominee);
    await fillDate(unit, 'Ngày sinh', '14/07/1983');
    await unit.getByLabel('Lĩnh vực công tác').fill('Đo đạc và bản đồ');
    await unit.getByLabel('Tóm tắt thành tích').fill('Hoàn thành 3 dự án đo đạc trước hạn.');
    await unit.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await expect(unit.getByRole('heading', { level: 1, name: nominee })).toBeVisible();
    await expect(unit.getByText('Bản nháp hồ sơ')).toBeVisible();
    await screen(unit, '25-ban-nhap-ho-so');
  });
  const draftUrl = unit.url();

  await test.step('the block leader cannot open the draft', async () => {
    const leader = await sessionOf(browser, 'unit.BAO-TNMT');
    await leader.goto(draftUrl);
    await expect(leader.getByText(/Không tìm thấy/).first()).toBeVisible();
    await leader.context().close();
  });

  await test.step('the unit edits the draft in a dialog, then submits it', async () => {
    await unit.getByRole('button', { name: 'Sửa hồ sơ' }).click();
    const dialog = unit.getByRole('dialog');
    await dialog.getByLabel('Tóm tắt thành tích').fill('Hoàn thành 4 dự án đo đạc trước hạn; 1 sáng kiến được công nhận.');
    await dialog.getByLabel('Chức vụ').fill('Trưởng phòng Đo đạc');
    await screen(unit, '26-sua-ban-nhap');
    await dialog.getByRole('button', { name: 'Lưu thay đổi' }).click();
    // The dialog's textarea holds the same text until it has closed.
    await expect(dialog).toBeHidden();
    await expect(unit.locator('#noi-dung').getByText('Hoàn thành 4 dự án đo đạc trước hạn; 1 sáng kiến được công nhận.')).toBeVisible();
    await unit.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    await confirm(unit, 'Nộp hồ sơ', nominee);
    await expect(unit.getByText('Bản nháp hồ sơ')).toHaveCount(0);
    await expect(unit.getByRole('button', { name: 'Rút hồ sơ' })).toBeVisible();
    await screen(unit, '27-ban-nhap-da-nop');
  });

  await test.step('a cycle that requires documents shows the checklist, and refuses a submission without them', async () => {
    await unit.getByRole('link', { name: 'Lập hồ sơ đề nghị' }).click();
    await choose(unit, 'Đợt xét chọn', strictCode);
    await expect(unit.getByText('Đợt này yêu cầu: Báo cáo thành tích; Biên bản họp bình xét của đơn vị.', { exact: false })).toBeVisible();
    await expect(unit.getByRole('button', { name: 'Nộp hồ sơ' })).toHaveCount(0);
    await unit.getByLabel('Họ và tên / tên tập thể').fill(name('Phan Văn Long'));
    await fillDate(unit, 'Ngày sinh', '01/02/1979');
    await unit.getByLabel('Lĩnh vực công tác').fill('Quản lý đất đai');
    await unit.getByLabel('Tóm tắt thành tích').fill('Hoàn thành xuất sắc nhiệm vụ.');
    await unit.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await expect(unit.getByText('Tài liệu bắt buộc')).toBeVisible();
    await expect(unit.getByText('— còn thiếu')).toHaveCount(2);
    await unit.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    await confirm(unit, 'Nộp hồ sơ');
    const alert = unit.getByRole('alert').filter({ hasText: 'Hồ sơ còn thiếu 2 tài liệu bắt buộc' });
    await expect(alert).toContainText('Báo cáo thành tích; Biên bản họp bình xét của đơn vị');
    await screen(unit, '28-thieu-tai-lieu-bat-buoc');
  });

  await test.step('the unit uploads each required document, the checklist ticks them, and the dossier is submitted', async () => {
    for (const [title, file] of [
      ['Báo cáo thành tích', 'báo cáo thành tích.pdf'],
      ['Biên bản họp bình xét của đơn vị', 'biên bản bình xét.pdf'],
    ]) {
      await unit.getByRole('listitem').filter({ hasText: title }).getByRole('button', { name: 'Tải lên' }).click();
      const dialog = unit.getByRole('dialog', { name: `Tải lên: ${title}` });
      await dialog.locator('input[type=file]').setInputFiles({ name: file, mimeType: 'application/pdf', buffer: PDF });
      await dialog.getByRole('button', { name: 'Tải lên', exact: true }).click();
      await expect(dialog).toBeHidden();
    }
    await expect(unit.getByText('— còn thiếu')).toHaveCount(0);
    await expect(unit.getByRole('button', { name: 'Mở báo cáo thành tích.pdf' })).toBeVisible();
    // A file replaced is a new version; the first stays readable.
    await unit.getByRole('listitem').filter({ hasText: 'Báo cáo thành tích' }).getByRole('button', { name: 'Thay tệp' }).click();
    const replacing = unit.getByRole('dialog', { name: 'Tải lên: Báo cáo thành tích' });
    await replacing
      .locator('input[type=file]')
      .setInputFiles({ name: 'báo cáo thành tích (sửa).pdf', mimeType: 'application/pdf', buffer: PDF });
    await replacing.getByRole('button', { name: 'Tải lên', exact: true }).click();
    await expect(replacing).toBeHidden();
    await unit.getByRole('button', { name: 'Các phiên bản (2)' }).click();
    const earlier = unit.getByRole('row', { name: 'Các phiên bản trước của Báo cáo thành tích' });
    await expect(earlier.getByText(/^Phiên bản 1 · tải lên \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/)).toBeVisible();
    await expect(earlier.getByRole('button', { name: 'Mở báo cáo thành tích.pdf' })).toBeVisible();
    await screen(unit, '29-tai-lieu-da-tai-len');
    await unit.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    await confirm(unit, 'Nộp hồ sơ');
    await expect(unit.getByText('Bản nháp hồ sơ')).toHaveCount(0);
  });
  const strictUrl = unit.url();

  await test.step('the block leader opens the uploaded report in the browser', async () => {
    const leader = await sessionOf(browser, 'unit.BAO-TNMT');
    await leader.goto(strictUrl);
    const popup = leader.waitForEvent('popup');
    await leader.getByRole('button', { name: 'Mở báo cáo thành tích (sửa).pdf' }).click();
    const tab = await popup;
    await expect.poll(() => tab.url()).toMatch(/^blob:/);
    await leader.context().close();
  });
  await unit.context().close();
});
