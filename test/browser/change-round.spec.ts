import { openCycle, submitThroughApi } from './support/api.js';
import { confirm, expect, screen, sessionOf, test } from './support/fixtures.js';

/** A small real PDF, as a unit would scan its minutes. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj ' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/**
 * The change-request round in the browser: the block leader asks for changes naming what to
 * change; the unit sees it, edits the dossier, uploads the missing minutes and resubmits; the
 * leader sees what changed since, before and after, side by side.
 */
test('the block leader asks for changes naming a field; the unit answers; the leader sees what changed side by side', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const cycleCode = await openCycle('BO-SUNG', { councilProcess: 'SESSIONS' });
  const nominee = `Tạ Minh Khôi ${Date.now().toString(36)}`;
  const id = await submitThroughApi('BQLDA-DTXD', cycleCode, nominee);

  const leader = await sessionOf(browser, 'unit.BAO-TNMT');
  await test.step('the leader asks for changes, naming the achievements', async () => {
    await leader.goto(`/ho-so/${id}`);
    await leader.getByText('Yêu cầu bổ sung', { exact: true }).click();
    await leader.getByLabel('Lý do').fill('Thành tích chưa nêu số liệu cụ thể; thiếu biên bản họp bình xét.');
    await leader.getByRole('checkbox', { name: 'Thành tích' }).check();
    await screen(leader, '80-yeu-cau-bo-sung-neu-muc');
    await leader.getByRole('button', { name: 'Gửi ý kiến xét duyệt' }).click();
    await confirm(leader, 'Gửi yêu cầu bổ sung');
    await expect(leader.getByText('Đã ghi nhận ý kiến xét duyệt của khối.')).toBeVisible();
  });

  await test.step('the unit sees what to change, edits, uploads the minutes and resubmits', async () => {
    const unit = await sessionOf(browser, 'unit.BQLDA-DTXD');
    await unit.goto(`/ho-so/${id}`);
    await expect(unit.getByText('Cần sửa, bổ sung: Thành tích')).toBeVisible();
    await unit.getByRole('button', { name: 'Sửa hồ sơ' }).click();
    const dialog = unit.getByRole('dialog');
    await dialog.getByLabel('Tóm tắt thành tích').fill('Năm 2018 hoàn thành 4 dự án, giải ngân 100% kế hoạch vốn.');
    await dialog.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expect(dialog).toBeHidden();
    await unit.getByRole('button', { name: 'Tải tài liệu khác' }).click();
    const upload = unit.getByRole('dialog', { name: 'Tải tài liệu lên' });
    await upload.getByLabel('Loại tài liệu').fill('BIEN_BAN_BINH_XET');
    await upload.getByLabel('Tên tài liệu').fill('Biên bản họp bình xét của đơn vị');
    await upload.locator('input[type=file]').setInputFiles({ name: 'biên bản bình xét.pdf', mimeType: 'application/pdf', buffer: PDF });
    await upload.getByRole('button', { name: 'Tải lên', exact: true }).click();
    await expect(upload).toBeHidden();
    await unit.getByLabel('Nội dung đã bổ sung, chỉnh sửa').fill('Bổ sung số liệu năm 2018 và biên bản họp bình xét.');
    await screen(unit, '81-don-vi-bo-sung');
    await unit.getByRole('button', { name: 'Nộp lại hồ sơ' }).click();
    await confirm(unit, 'Nộp lại hồ sơ');
    await expect(unit.getByText('Đã nộp lại hồ sơ cho khối xét duyệt.')).toBeVisible();
    await unit.context().close();
  });

  await test.step('the leader sees the changes side by side', async () => {
    await leader.reload();
    await expect(leader.getByRole('heading', { name: 'Thay đổi so với lần yêu cầu bổ sung thứ 1' })).toBeVisible();
    const fields = leader.getByRole('table', { name: 'Các mục đã sửa' });
    const row = fields.getByRole('row').filter({ hasText: 'Thành tích' });
    await expect(row.getByRole('cell').nth(1)).toHaveText('Hoàn thành xuất sắc nhiệm vụ được giao.');
    await expect(row.getByRole('cell').nth(2)).toHaveText('Năm 2018 hoàn thành 4 dự án, giải ngân 100% kế hoạch vốn.');
    const docs = leader.getByRole('table', { name: 'Các tài liệu đã bổ sung' });
    const minutes = docs.getByRole('row').filter({ hasText: 'Biên bản họp bình xét của đơn vị' });
    await expect(minutes.getByRole('cell').nth(1)).toHaveText('Chưa có');
    await expect(minutes.getByRole('button', { name: 'Mở biên bản bình xét.pdf' })).toBeVisible();
    await screen(leader, '82-thay-doi-hai-ben');
    await leader.context().close();
  });
});
