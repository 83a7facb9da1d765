import { completeThroughApi, hanoiDate, openCycle, submitThroughApi, toMinisterThroughApi } from './support/api.js';
import { choose, confirm, expect, fillDate, screen, sessionOf, test } from './support/fixtures.js';

const name = (who: string) => `${who} ${Date.now().toString(36)}`;

test('the sign-in page is in Vietnamese, refuses a wrong password in Vietnamese, and leads to the inbox', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/dang-nhap$/);
  await page.getByLabel('Tên đăng nhập').fill('unit.BQLDA-DTXD');
  await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('alert')).toHaveText('Tên đăng nhập hoặc mật khẩu không đúng.');
  await screen(page, '01-dang-nhap');
  await page.getByLabel('Mật khẩu').fill('demo');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { name: 'Việc cần xử lý' })).toBeVisible();
  await screen(page, '02-viec-can-xu-ly');
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/\/dang-nhap$/);
});

test('an API refusal is shown in Vietnamese next to the field it concerns', async ({ browser }) => {
  const cycleCode = await openCycle('TU-CHOI');
  const nominee = name('Trần Văn Bình');
  await submitThroughApi('BQLDA-DTXD', cycleCode, nominee);
  const unit = await sessionOf(browser, 'unit.BQLDA-DTXD');
  await unit.getByRole('link', { name: 'Lập hồ sơ đề nghị' }).click();
  await choose(unit, 'Đợt xét chọn', cycleCode);
  await unit.getByLabel('Họ và tên / tên tập thể').fill(nominee);
  // The same person as the one submitted through the API (name and date of birth).
  await fillDate(unit, 'Ngày sinh', '03/11/1979');
  await unit.getByLabel('Lĩnh vực công tác').fill('Quản lý dự án');
  await unit.getByLabel('Tóm tắt thành tích').fill('Thành tích xuất sắc.');
  await unit.getByRole('button', { name: 'Nộp hồ sơ' }).click();
  await confirm(unit, 'Nộp hồ sơ');
  const field = unit.locator('.ant-form-item').filter({ has: unit.getByLabel('Họ và tên / tên tập thể') });
  const explain = field.locator('.ant-form-item-explain-error');
  await expect(explain).toBeVisible();
  await expect(explain).toHaveText(/[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i);
  await screen(unit, '24-loi-hien-canh-truong');
  await unit.context().close();
});

test('a unit withdraws its nomination after a confirmation that says it cannot be undone', async ({ browser }) => {
  const cycleCode = await openCycle('RUT');
  const nominee = name('Lê Thị Mai');
  const id = await submitThroughApi('BQLDA-DTXD', cycleCode, nominee);
  const unit = await sessionOf(browser, 'unit.BQLDA-DTXD');
  await unit.goto(`/ho-so/${id}`);
  await unit.getByRole('button', { name: 'Rút hồ sơ' }).click();
  const dialog = unit.getByRole('dialog');
  await expect(dialog).toContainText('Không thể hoàn tác');
  await dialog.getByLabel('Lý do').fill('Đơn vị rút hồ sơ để bổ sung thành tích');
  await screen(unit, '25-rut-ho-so');
  await dialog.getByRole('button', { name: 'Rút hồ sơ' }).click();
  await expect(unit.getByText('Đơn vị đã rút').first()).toBeVisible();
  await expect(unit.getByRole('button', { name: 'Rút hồ sơ' })).toHaveCount(0);
  await unit.context().close();
});

test('the deputy unit reviews the block leader’s own nomination', async ({ browser }) => {
  const cycleCode = await openCycle('PHO-KHOI');
  const nominee = name('Phạm Quốc Huy');
  await submitThroughApi('BAO-TNMT', cycleCode, nominee);
  const leader = await sessionOf(browser, 'unit.BAO-TNMT');
  await expect(leader.getByRole('row').filter({ hasText: nominee })).toHaveCount(0);
  const deputy = await sessionOf(browser, 'unit.CTY-TNMT-MN');
  const row = deputy.getByRole('row').filter({ hasText: nominee });
  await expect(row).toBeVisible();
  await row.getByRole('link', { name: nominee }).click();
  await deputy.getByLabel('Điểm (0–100)').fill('88');
  await deputy.getByRole('button', { name: 'Gửi ý kiến xét duyệt' }).click();
  await confirm(deputy, 'Đồng ý đề nghị');
  await expect(deputy.getByText('Bạn không có việc cần xử lý trên hồ sơ này.')).toBeVisible();
  await Promise.all([leader.context().close(), deputy.context().close()]);
});

test('the deputy minister signs on the minister’s behalf; the office records the conference; the minister revokes', async ({ browser }) => {
  // The conference is recorded only after the cutoff: this cycle's passes during the test.
  const cutoff = Date.now() + 30_000;
  const cycleCode = await openCycle('THU-TRUONG', { submissionCutoff: new Date(cutoff).toISOString() });
  const nominee = name('Hoàng Minh Đức');
  const id = await submitThroughApi('BQLDA-DTXD', cycleCode, nominee);
  await toMinisterThroughApi('BAO-TNMT', id);

  const deputy = await sessionOf(browser, 'deputy.minister');
  const row = deputy.getByRole('row').filter({ hasText: nominee });
  await expect(row).toContainText('Quyết định của Bộ trưởng');
  await row.getByRole('link', { name: nominee }).click();
  await expect(deputy.getByText('Quyết định sẽ được ký: KT. BỘ TRƯỞNG / THỨ TRƯỞNG')).toBeVisible();
  await screen(deputy, '51-thu-truong-ky-thay');
  await deputy.getByRole('button', { name: 'Ghi nhận quyết định' }).click();
  await confirm(deputy, 'Phê duyệt', 'KT. BỘ TRƯỞNG / THỨ TRƯỞNG');
  await expect(deputy.getByText('Quyết định số', { exact: true })).toBeVisible();
  await deputy.context().close();

  await new Promise((resolve) => setTimeout(resolve, Math.max(0, cutoff + 1_000 - Date.now())));
  const office = await sessionOf(browser, 'standing.office');
  await office.goto(`/dot-xet-chon/${cycleCode}`);
  const card = office.locator('.ant-card').filter({ has: office.locator('.ant-card-head-title', { hasText: /^Hội nghị biểu dương$/ }) });
  await expect(card.getByLabel('Ngày tổ chức')).toHaveValue(hanoiDate(0));
  await card.getByRole('button', { name: 'Ghi nhận hội nghị đã tổ chức' }).click();
  await expect(card.getByText('Vui lòng ghi địa điểm tổ chức hội nghị')).toBeVisible();
  await card.getByLabel('Địa điểm').fill('Hội trường Bộ, 10 Tôn Thất Thuyết, Hà Nội');
  await expect(card.getByText('Vui lòng ghi địa điểm tổ chức hội nghị')).toBeHidden();
  await screen(office, '53-ghi-nhan-hoi-nghi');
  await card.getByRole('button', { name: 'Ghi nhận hội nghị đã tổ chức' }).click();
  await confirm(office, 'Ghi nhận hội nghị', `Hội nghị tổ chức ngày ${hanoiDate(0)} tại Hội trường Bộ`);
  await expect(card).toContainText(`Hội nghị đã tổ chức ngày ${hanoiDate(0)} tại Hội trường Bộ, 10 Tôn Thất Thuyết, Hà Nội.`);
  const honours = office.locator('.ant-card').filter({ hasText: 'Danh sách biểu dương, công nhận' });
  await expect(honours).toContainText(`Hội nghị biểu dương tổ chức ngày ${hanoiDate(0)} tại Hội trường Bộ`);
  await expect(honours.getByRole('row').filter({ hasText: nominee })).toContainText('Được biểu dương');
  await screen(office, '54-danh-sach-bieu-duong');
  await office.context().close();

  const minister = await sessionOf(browser, 'minister');
  await minister.goto(`/ho-so/${id}`);
  await expect(minister.getByText('Được biểu dương').first()).toBeVisible();
  await minister.getByRole('button', { name: 'Hủy bỏ công nhận' }).click();
  const dialog = minister.getByRole('dialog');
  await expect(dialog).toContainText('Không thể hoàn tác');
  await dialog.getByLabel('Lý do').fill('Thành tích kê khai không đúng sự thật (Kết luận thanh tra số 15/KL-TTr)');
  await screen(minister, '52-huy-bo-cong-nhan');
  await dialog.getByRole('button', { name: 'Hủy bỏ công nhận' }).click();
  await expect(minister.getByText('Đã bị hủy bỏ').first()).toBeVisible();
  await expect(minister.getByText('Quyết định hủy bỏ số')).toBeVisible();
  await minister.context().close();
});

test('the standing office moves a date, seeing the old and new dates first, and closes a vote early', async ({ browser }) => {
  const cycleCode = await openCycle('LUI-HAN');
  const nominee = name('Vũ Thị Lan');
  const id = await submitThroughApi('BQLDA-DTXD', cycleCode, nominee);
  const office = await sessionOf(browser, 'standing.office');
  await office.goto(`/dot-xet-chon/${cycleCode}`);
  await expect(office.getByText('Đơn vị chưa nộp hồ sơ')).toBeVisible();
  await screen(office, '61-bang-dieu-khien-co-quan-thuong-truc');
  await office.getByRole('button', { name: 'Điều chỉnh lịch' }).click();
  const dialog = office.getByRole('dialog');
  const cutoff = dialog.getByLabel('Hạn nộp hồ sơ', { exact: true });
  const old = await cutoff.inputValue();
  const [d, m, rest] = old.split('/');
  const moved = `${String(Math.min(Number(d) + 1, 28)).padStart(2, '0')}/${m}/${rest}`;
  await fillDate(office, 'Hạn nộp hồ sơ', moved);
  await dialog.getByLabel('Lý do điều chỉnh').fill('Theo đề nghị của các khối thi đua');
  await dialog.getByRole('button', { name: 'Xem lại thay đổi' }).click();
  await confirm(office, 'Điều chỉnh lịch', `${old} → ${moved}`);
  // The calendar shows the new cutoff; the conference card repeats it in a sentence.
  await expect(office.getByText(moved, { exact: true })).toBeVisible();

  await completeThroughApi('unit.BAO-TNMT', id, { decision: 'ENDORSE', score: 80 });
  for (const i of [1, 2]) await completeThroughApi(`council.${i}`, id, { decision: 'AGREE' });
  await office.goto(`/ho-so/${id}`);
  await expect(office.getByText('Đã có 2/9 thành viên bỏ phiếu.')).toBeVisible();
  await office.getByRole('button', { name: 'Kết thúc bỏ phiếu sớm' }).click();
  await confirm(office, 'Kết thúc bỏ phiếu', '2/9');
  // Without quorum the vote is not counted: the timeline says how many voted, nothing shows how.
  await expect(office.getByText(/không đủ số thành viên bỏ phiếu: 2\/9 thành viên đã bỏ phiếu/).first()).toBeVisible();
  await expect(office.getByText('Kết quả kiểm phiếu')).toHaveCount(0);
  await office.context().close();
});

test('everyone sees who they are, their notifications, and can find a nominee without diacritics', async ({ browser }) => {
  const cycleCode = await openCycle('TIM');
  const nominee = name('Đặng Thị Ngọc Ánh');
  await submitThroughApi('BQLDA-DTXD', cycleCode, nominee);
  const unit = await sessionOf(browser, 'unit.BQLDA-DTXD');
  await unit.getByRole('link', { name: 'Tài khoản' }).click();
  await expect(unit.getByText('Ban Quản lý Dự án Đầu tư và Xây dựng').first()).toBeVisible();
  await expect(unit.getByText('Khối thi đua số VI')).toBeVisible();
  await screen(unit, '70-tai-khoan');
  await unit.getByRole('link', { name: 'Hồ sơ của đơn vị' }).click();
  await unit.getByLabel('Tìm theo tên người được đề nghị').fill('dang thi ngoc anh');
  await unit.getByLabel('Tìm theo tên người được đề nghị').press('Enter');
  await expect(unit.getByRole('link', { name: nominee })).toBeVisible();
  await screen(unit, '71-ho-so-cua-don-vi');
  await unit
    .getByRole('link', { name: /^Thông báo/ })
    .first()
    .click();
  await expect(unit.getByRole('heading', { level: 1, name: 'Thông báo', exact: true })).toBeVisible();
  await screen(unit, '72-thong-bao');
  await unit.context().close();
});

test('the inbox works on a phone-sized screen', async ({ browser }) => {
  const cycleCode = await openCycle('DIEN-THOAI');
  const nominee = name('Ngô Bảo Châu');
  await submitThroughApi('BQLDA-DTXD', cycleCode, nominee);
  const leader = await sessionOf(browser, 'unit.BAO-TNMT');
  await leader.setViewportSize({ width: 390, height: 844 });
  await expect(leader.getByRole('link', { name: nominee })).toBeVisible();
  await screen(leader, '32-viec-can-xu-ly-dien-thoai');
  await leader.context().close();
});
