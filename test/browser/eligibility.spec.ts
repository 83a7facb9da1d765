import ExcelJS from 'exceljs';
import { submitThroughApi } from './support/api.js';
import { choose, confirm, expect, fillDate, screen, sessionOf, test } from './support/fixtures.js';

const HEADER = ['Họ và tên', 'Ngày sinh (dd/MM/yyyy)', 'Đơn vị (mã)', 'Loại (Cá nhân/Tập thể)', 'Danh hiệu', 'Năm', 'Số quyết định'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The award history of two people: one with three years in a row up to 2017, one missing 2016. */
async function history(complete: string, withGap: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Lịch sử khen thưởng');
  sheet.addRow(HEADER);
  for (const year of [2015, 2016, 2017])
    sheet.addRow([complete, '03/11/1979', 'BQLDA-DTXD', 'Cá nhân', 'Chiến sĩ thi đua cơ sở', year, '']);
  for (const year of [2015, 2017]) sheet.addRow([withGap, '03/11/1979', 'BQLDA-DTXD', 'Cá nhân', 'Chiến sĩ thi đua cơ sở', year, '']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * A cycle's standard of titles, set where the cycle is created; the award history imported by the
 * standing office; and on the block leader's page, above each dossier, whether its nominee meets
 * the standard and why not.
 */
test('the cycle states its standard; the reviewer sees who meets it and who does not, with the reasons', async ({ browser }) => {
  test.setTimeout(240_000);
  const run = Date.now().toString(36).toUpperCase();
  const cycleCode = `TIEU-CHUAN-${run}`;
  const nextYear = new Date().getFullYear() + 1;
  const letters = run.replace(/\d/g, '');
  const complete = `Vũ Thị Hạnh ${letters}`;
  const withGap = `Đỗ Quang Vinh ${letters}`;

  await test.step('the administrator creates a cycle with a standard of titles', async () => {
    const admin = await sessionOf(browser, 'admin');
    await admin.getByRole('link', { name: 'Đợt xét chọn' }).click();
    await admin.getByRole('button', { name: 'Tạo đợt xét chọn' }).click();
    await admin.getByLabel('Mã đợt').fill(cycleCode);
    await admin.getByLabel('Tên đợt').fill(`Biểu dương điển hình tiên tiến ${nextYear} (tiêu chuẩn danh hiệu)`);
    await admin.getByLabel('Căn cứ (kế hoạch)').fill(`Kế hoạch số 02/KH-BTNMT ngày 26/03/${nextYear}`);
    await fillDate(admin, 'Từ ngày (giai đoạn xét)', `01/01/${nextYear - 2} 00:00`);
    await fillDate(admin, 'Đến ngày (giai đoạn xét)', `31/03/${nextYear - 1} 00:00`);
    await fillDate(admin, 'Hạn nộp hồ sơ', `29/04/${nextYear} 17:00`);
    await fillDate(admin, 'Hạn khối xét duyệt', `10/05/${nextYear} 00:00`);
    await fillDate(admin, 'Hạn Hội đồng bỏ phiếu', `20/05/${nextYear} 00:00`);
    await fillDate(admin, 'Hạn Bộ trưởng quyết định', `30/05/${nextYear} 00:00`);
    await fillDate(admin, 'Ngày hội nghị biểu dương', `08/06/${nextYear} 08:00`);
    await admin.getByLabel('Kiểm tra tiêu chuẩn về danh hiệu thi đua theo lịch sử khen thưởng').click();
    await choose(admin, 'Danh hiệu được tính', 'Chiến sĩ thi đua cơ sở');
    await admin.keyboard.press('Escape');
    await admin.getByLabel('Số năm liên tục').fill('3');
    await admin.getByLabel('Tính đến năm').fill('2017');
    await screen(admin, '95-tieu-chuan-danh-hieu');
    await admin.locator('form').getByRole('button', { name: 'Tạo đợt', exact: true }).click();
    await confirm(admin, 'Tạo đợt');
    await expect(
      admin.getByText('Chiến sĩ thi đua cơ sở, ít nhất 3 năm liên tục đến năm 2017; hồ sơ chưa đạt được nhận và đánh dấu'),
    ).toBeVisible();
    await admin.context().close();
  });

  await test.step('the standing office imports the award history', async () => {
    const office = await sessionOf(browser, 'standing.office');
    await office.getByRole('link', { name: 'Lịch sử khen thưởng' }).click();
    await office
      .locator('input[type=file]')
      .setInputFiles({ name: 'lich-su.xlsx', mimeType: XLSX, buffer: await history(complete, withGap) });
    await office.getByRole('button', { name: 'Nhập lịch sử khen thưởng' }).click();
    await expect(office.getByText(/Đã nhập 5/)).toBeVisible();
    await office.context().close();
  });

  const eligibleId = await submitThroughApi('BQLDA-DTXD', cycleCode, complete);
  const flaggedId = await submitThroughApi('BQLDA-DTXD', cycleCode, withGap);
  const leader = await sessionOf(browser, 'unit.BAO-TNMT');

  await test.step('the block leader sees that one nominee meets the standard', async () => {
    await leader.goto(`/ho-so/${eligibleId}`);
    const panel = leader.getByRole('region', { name: 'Tiêu chuẩn về danh hiệu' });
    await expect(panel.getByText('Đạt tiêu chuẩn về danh hiệu thi đua')).toBeVisible();
    await expect(panel.getByText('Đạt danh hiệu Chiến sĩ thi đua cơ sở 3 năm liên tục (2015, 2016, 2017).')).toBeVisible();
    await screen(leader, '96-dat-tieu-chuan');
  });

  await test.step('and that the other falls short, and why', async () => {
    await leader.goto(`/ho-so/${flaggedId}`);
    const panel = leader.getByRole('region', { name: 'Tiêu chuẩn về danh hiệu' });
    await expect(panel.getByText('Chưa đạt tiêu chuẩn về danh hiệu thi đua')).toBeVisible();
    await expect(panel.getByText('Thiếu năm 2016: chuỗi danh hiệu không liên tục.')).toBeVisible();
    await expect(panel.getByText('Đơn vị kê khai 3 năm liên tục; theo lịch sử khen thưởng là 1 năm.')).toBeVisible();
    await screen(leader, '97-chua-dat-tieu-chuan');
  });
});
