import { apiAs, openCycle } from './support/api.js';
import { COUNCIL } from './support/council-api.js';
import { choose, expect, screen, sessionOf, test } from './support/fixtures.js';

/** A phone held upright. */
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

interface Member {
  username: string;
  councilRole: string;
}

/**
 * The council belongs to the cycle: the standing office sees who sits on it, takes one member
 * off, names another and a new secretary, confirms what changes, and sees it on the cycle's page
 * and in the API; a member sees the list on a phone, without the means to change it.
 */
test('the standing office replaces a council member and names a new secretary; a member sees the list read-only on a phone', async ({
  browser,
}) => {
  const code = await openCycle('HOI-DONG', { councilProcess: 'SESSIONS' });
  // A new cycle's council is everyone with the council role: eight of the nine leave room for the ninth.
  const office = await apiAs('standing.office');
  await office('PUT', `/cycles/${code}/council`, {
    members: COUNCIL.slice(0, 8).map((username, i) => ({ username, councilRole: ['CHAIR', 'SECRETARY'][i] ?? 'MEMBER' })),
  });

  const page = await sessionOf(browser, 'standing.office');
  const card = page.locator('.ant-card').filter({ has: page.locator('.ant-card-head-title', { hasText: /^Thành viên Hội đồng$/ }) });
  const row = (name: string) => card.getByRole('row').filter({ hasText: name });

  await test.step('the cycle’s page lists the members, their place in the council and the quorum', async () => {
    await page.goto(`/dot-xet-chon/${code}`);
    await expect(card).toContainText('8 thành viên; túc số: 6');
    await expect(row('Trịnh Quốc Bảo')).toContainText('Chủ tịch Hội đồng');
    await expect(row('Lương Thị Thu Hằng')).toContainText('Thư ký Hội đồng');
    await expect(row('Bùi Thị Hồng Nhung')).toContainText('Ủy viên');
    await expect(row('Ngô Văn Khải')).toHaveCount(0);
    await card.scrollIntoViewIfNeeded();
    await screen(page, '77-thanh-vien-hoi-dong');
  });

  await test.step('the office takes one member off, adds another, names a new secretary and confirms what changes', async () => {
    await card.getByRole('button', { name: 'Thay đổi thành viên' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thay đổi thành viên Hội đồng' });
    await dialog.getByRole('button', { name: 'Bỏ Bùi Thị Hồng Nhung khỏi Hội đồng' }).click();
    await expect(dialog).toContainText('7 thành viên; túc số: 5');
    await choose(page, 'Thêm thành viên', 'Ngô Văn Khải');
    await expect(dialog).toContainText('8 thành viên; túc số: 6');
    // The chair cannot also take the minutes: said beside the field, before anything is sent.
    await choose(page, 'Thư ký Hội đồng', 'Trịnh Quốc Bảo');
    await dialog.getByRole('button', { name: 'Xem lại thay đổi' }).click();
    const secretary = dialog.locator('.ant-form-item').filter({ has: page.getByLabel('Thư ký Hội đồng', { exact: true }) });
    await expect(secretary.locator('.ant-form-item-explain-error')).toHaveText('Thư ký Hội đồng phải là người khác Chủ tịch Hội đồng');
    await choose(page, 'Thư ký Hội đồng', 'Đỗ Mạnh Cường');
    await expect(secretary.locator('.ant-form-item-explain-error')).toHaveCount(0);
    const chosen = dialog.getByRole('region', { name: 'Thành viên được chọn' }).getByRole('listitem');
    await expect(chosen.filter({ hasText: 'Đỗ Mạnh Cường' })).toContainText('Thư ký Hội đồng');
    await expect(chosen.filter({ hasText: 'Lương Thị Thu Hằng' })).toContainText('Ủy viên');
    await screen(page, '78-thay-doi-thanh-vien-hoi-dong');
    // The full page cuts a tall dialog where the window ends: the dialog whole, for people to read.
    await page.setViewportSize({ width: 1366, height: 1300 });
    await dialog.screenshot({ path: 'test-results/screens/78b-hop-thoai-thanh-vien-hoi-dong.png' });
    await page.setViewportSize({ width: 1366, height: 768 });
    await dialog.getByRole('button', { name: 'Xem lại thay đổi' }).click();

    const confirmation = page.getByRole('dialog', { name: 'Lưu danh sách thành viên Hội đồng?' });
    await expect(confirmation).toContainText('Thêm vào Hội đồng: Ngô Văn Khải');
    await expect(confirmation).toContainText('Bỏ khỏi Hội đồng: Bùi Thị Hồng Nhung');
    await expect(confirmation).toContainText('Chủ tịch Hội đồng: Trịnh Quốc Bảo (không đổi)');
    await expect(confirmation).toContainText('Thư ký Hội đồng: Lương Thị Thu Hằng → Đỗ Mạnh Cường');
    await expect(confirmation).toContainText('Sau khi lưu: 8 thành viên; túc số: 6.');
    await screen(page, '79-xac-nhan-thanh-vien-hoi-dong');
    await confirmation.getByRole('button', { name: 'Lưu danh sách' }).click();
    await expect(page.getByText('Đã lưu danh sách thành viên Hội đồng của đợt.')).toBeVisible();
  });

  await test.step('the page and the API show the council as named', async () => {
    await expect(row('Ngô Văn Khải')).toContainText('Ủy viên');
    await expect(row('Đỗ Mạnh Cường')).toContainText('Thư ký Hội đồng');
    await expect(row('Lương Thị Thu Hằng')).toContainText('Ủy viên');
    await expect(row('Bùi Thị Hồng Nhung')).toHaveCount(0);
    const council = await office<Member[]>('GET', `/cycles/${code}/council`);
    expect(council.map((m) => [m.username, m.councilRole])).toEqual([
      ['council.1', 'CHAIR'],
      ['council.3', 'SECRETARY'],
      ['council.2', 'MEMBER'],
      ['council.4', 'MEMBER'],
      ['council.5', 'MEMBER'],
      ['council.6', 'MEMBER'],
      ['council.7', 'MEMBER'],
      ['council.9', 'MEMBER'],
    ]);
  });

  await test.step('the member just named sees the list on a phone, with nothing to change', async () => {
    const member = await sessionOf(browser, 'council.9', PHONE);
    await member.goto(`/dot-xet-chon/${code}`);
    const list = member.getByRole('region', { name: 'Danh sách thành viên Hội đồng của đợt' });
    await expect(list).toContainText('Ngô Văn Khải');
    await expect(list).toContainText('Thư ký Hội đồng');
    await expect(member.getByRole('button', { name: 'Thay đổi thành viên' })).toHaveCount(0);
    await list.scrollIntoViewIfNeeded();
    await screen(member, '79b-thanh-vien-hoi-dong-dien-thoai');
    await member.context().close();
  });

  await test.step('on a phone the office’s dialog fits the screen', async () => {
    const phone = await sessionOf(browser, 'standing.office', PHONE);
    await phone.goto(`/dot-xet-chon/${code}`);
    await phone.getByRole('button', { name: 'Thay đổi thành viên' }).click();
    const dialog = phone.getByRole('dialog', { name: 'Thay đổi thành viên Hội đồng' });
    await expect(dialog.getByRole('region', { name: 'Thành viên được chọn' })).toContainText('Ngô Văn Khải');
    await screen(phone, '79c-thay-doi-thanh-vien-dien-thoai');
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await phone.context().close();
  });
});
