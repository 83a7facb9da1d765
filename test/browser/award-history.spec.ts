import ExcelJS from 'exceljs';
import { expect, fillDate, screen, sessionOf, test } from './support/fixtures.js';

const HEADER = ['Họ và tên', 'Ngày sinh (dd/MM/yyyy)', 'Đơn vị (mã)', 'Loại (Cá nhân/Tập thể)', 'Danh hiệu', 'Năm', 'Số quyết định'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A filled template, as a unit's officer would send it to the standing office. */
async function workbook(rows: (string | number)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Lịch sử khen thưởng');
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * The standing office imports the units' award history: a file with one bad row is refused as a
 * whole, the row and column shown and nothing imported; the corrected file is imported, and a
 * person's titles are found by name and date of birth.
 */
test('the standing office imports the award history: one bad row refuses the file, the fixed file is imported and found', async ({
  browser,
}) => {
  // A person of this run only: the system keeps what earlier runs imported.
  const person = `Phạm Minh Châu ${Date.now().toString(36).toUpperCase().replace(/\d/g, '')}`;
  const rows = (birth: string) => [
    [person, birth, 'BQLDA-DTXD', 'Cá nhân', 'Chiến sĩ thi đua cơ sở', 2016, '101/QĐ-BQLDA'],
    [person, '20/11/1979', 'BQLDA-DTXD', 'Cá nhân', 'Chiến sĩ thi đua cơ sở', 2017, '102/QĐ-BQLDA'],
    [person, '20/11/1979', 'BQLDA-DTXD', 'Cá nhân', 'Chiến sĩ thi đua cơ sở', 2018, '103/QĐ-BQLDA'],
  ];
  const office = await sessionOf(browser, 'standing.office');
  await office.getByRole('link', { name: 'Lịch sử khen thưởng' }).click();
  await expect(office.getByRole('heading', { level: 1, name: 'Lịch sử khen thưởng' })).toBeVisible();

  await test.step('the template downloads as a spreadsheet', async () => {
    const downloading = office.waitForEvent('download');
    await office.getByRole('button', { name: 'Tải tệp mẫu' }).click();
    expect((await downloading).suggestedFilename()).toBe('Mẫu lịch sử khen thưởng.xlsx');
  });

  await test.step('a file with one bad row is refused: the row and column are shown, nothing is imported', async () => {
    await office
      .locator('input[type=file]')
      .setInputFiles({ name: 'lich-su.xlsx', mimeType: XLSX, buffer: await workbook(rows('31/02/1979')) });
    await office.getByRole('button', { name: 'Nhập lịch sử khen thưởng' }).click();
    await expect(office.getByRole('alert').filter({ hasText: 'chưa dòng nào được nhập' })).toBeVisible();
    const problems = office.getByRole('table', { name: 'Các dòng chưa hợp lệ' });
    const bad = problems.getByRole('row').filter({ hasText: '31/02/1979' });
    await expect(bad).toHaveCount(1);
    await expect(bad.getByRole('cell').nth(0)).toHaveText('2');
    await expect(bad.getByRole('cell').nth(1)).toHaveText('Ngày sinh');
    await screen(office, '93-lich-su-khen-thuong-tu-choi');
  });

  await test.step('nothing of it was imported', async () => {
    await office.getByLabel('Họ và tên').fill(person);
    await fillDate(office, 'Ngày sinh', '20/11/1979');
    await office.getByRole('button', { name: 'Tra cứu' }).click();
    await expect(office.getByText('Chưa có danh hiệu nào trong lịch sử khen thưởng')).toBeVisible();
  });

  await test.step('the corrected file is imported', async () => {
    await office
      .locator('input[type=file]')
      .setInputFiles({ name: 'lich-su.xlsx', mimeType: XLSX, buffer: await workbook(rows('20/11/1979')) });
    await office.getByRole('button', { name: 'Nhập lịch sử khen thưởng' }).click();
    await expect(office.getByRole('status').filter({ hasText: 'Đã nhập 3 dòng mới.' })).toBeVisible();
    await expect(office.getByRole('table', { name: 'Các dòng chưa hợp lệ' })).toBeHidden();
  });

  await test.step('the person’s history is found by name and date of birth', async () => {
    await office.getByRole('button', { name: 'Tra cứu' }).click();
    const found = office.getByRole('table', { name: 'Danh hiệu đã được tặng' });
    await expect(found.getByRole('row').filter({ hasText: 'Chiến sĩ thi đua cơ sở' })).toHaveCount(3);
    await expect(found.getByRole('row').filter({ hasText: '2017' })).toContainText('102/QĐ-BQLDA');
    await expect(found).toContainText('Ban Quản lý');
    await screen(office, '94-lich-su-khen-thuong-tra-cuu');
  });
  await office.context().close();
});
