import { apiAs, hanoiDate, openCycle } from './support/api.js';
import { COUNCIL, endorsedThroughApi, voteThroughApi, type SessionSketch } from './support/council-api.js';
import { confirm, expect, fillDate, screen, sessionOf, test } from './support/fixtures.js';

/** A phone held upright: members vote on theirs. */
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

const stamp = () => Date.now().toString(36);

/**
 * A council session as the Ministry runs it, in the browser: the standing office composes and
 * opens it, a member declares a conflict and votes on a phone, the letter of an absent member is
 * recorded, the office closes it and the count is shown with the minutes; a session without
 * quorum ends with no count at all.
 */
test('the council meets: compose, open, vote on a phone, a written opinion, close, the minutes', async ({ browser }) => {
  test.setTimeout(300_000);
  const code = await openCycle('PHIEN-HOP', { quota: 5, councilProcess: 'SESSIONS' });
  const [first, second] = [`Lê Thị Thu Hà ${stamp()}`, `Phạm Quốc Việt ${stamp()}`];
  await endorsedThroughApi(code, [first, second]);

  const office = await sessionOf(browser, 'standing.office');
  let sessionUrl = '';
  await test.step('the standing office composes a session from the candidates waiting, and opens it', async () => {
    await office.goto(`/dot-xet-chon/${code}`);
    await office.getByRole('button', { name: 'Lập phiên họp' }).click();
    await office.getByLabel('Tên phiên họp').fill('Phiên họp thứ nhất Hội đồng Thi đua – Khen thưởng Bộ');
    await fillDate(office, 'Thời gian họp (giờ Hà Nội)', `${hanoiDate(45)} 08:30`);
    await expect(office.getByText('Chương trình: 2/2 hồ sơ đang chờ phiên họp')).toBeVisible();
    await screen(office, '70-lap-phien-hop');
    await office.locator('form').getByRole('button', { name: 'Lập phiên họp' }).click();
    await confirm(office, 'Lập phiên họp', '2 hồ sơ trên chương trình');
    await expect(office.getByRole('heading', { level: 1 })).toHaveText('Phiên họp thứ nhất Hội đồng Thi đua – Khen thưởng Bộ');
    await expect(office.getByText('Đang chuẩn bị')).toBeVisible();
    sessionUrl = office.url();
    await office.getByRole('button', { name: 'Mở bỏ phiếu' }).click();
    await confirm(office, 'Mở bỏ phiếu', 'một phiếu bầu gồm 2 hồ sơ');
    await expect(office.getByText('Đang bỏ phiếu', { exact: true })).toBeVisible();
    await screen(office, '71-phien-hop-dang-bo-phieu');
  });

  await test.step('a member finds the ballot sheet in the inbox on a phone, declares a conflict on one candidate, and votes', async () => {
    const member = await sessionOf(browser, COUNCIL[0], PHONE);
    const task = member.getByRole('link', { name: /Phiên họp thứ nhất Hội đồng/ });
    await expect(task).toBeVisible({ timeout: 30_000 });
    await task.click();
    await expect(member.getByText('Phiếu bầu của đồng chí')).toBeVisible();
    await member.getByRole('button', { name: 'Khai xung đột lợi ích' }).nth(1).click();
    await member.getByLabel('Lý do').fill('Người được đề nghị là em ruột của tôi');
    await member.getByRole('button', { name: 'Khai và không bỏ phiếu cho hồ sơ này' }).click();
    await expect(member.getByText('Đồng chí không bỏ phiếu cho hồ sơ này: đã tự khai xung đột lợi ích.')).toBeVisible();
    // Sending the sheet with a choice missing is stopped here, before anything is sent.
    await member.getByRole('button', { name: 'Bỏ phiếu', exact: true }).click();
    await expect(member.getByText('Vui lòng chọn một phương án')).toBeVisible();
    await member.getByRole('radio', { name: 'Đồng ý', exact: true }).check();
    await screen(member, '72-phieu-bau-tren-dien-thoai');
    await member.getByRole('button', { name: 'Bỏ phiếu', exact: true }).click();
    await confirm(member, 'Bỏ phiếu', 'Đồng ý: 1; Không đồng ý: 0; Không biểu quyết: 0');
    await expect(member.getByText('Đồng chí đã bỏ phiếu.')).toBeVisible();
    await screen(member, '73-da-bo-phieu');
    await member.context().close();
  });

  await test.step('five more members vote; the office records the letter of an absent member and closes the session', async () => {
    const office2 = await apiAs('standing.office');
    const session = await office2<SessionSketch>('GET', `/council-sessions/${sessionUrl.split('/').pop()}`);
    await voteThroughApi(session, COUNCIL.slice(1, 6), 'AGREE');
    await office.reload();
    await expect(office.getByText('Đã bỏ phiếu: 6/9 thành viên')).toBeVisible();
    await office.getByLabel('Thành viên', { exact: true }).click();
    await office.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').first().click();
    await office.getByLabel('Số, ký hiệu văn bản').fill('125/CV-VP ngày 14/05');
    for (const name of [first, second]) {
      await office
        .getByRole('radiogroup', { name: `Ý kiến cho ${name}` })
        .getByText('Không đồng ý', { exact: true })
        .click();
    }
    await office.getByRole('button', { name: 'Ghi nhận ý kiến' }).click();
    await confirm(office, 'Ghi nhận', 'Ý kiến được tính là phiếu bầu');
    await expect(office.getByText('Ý kiến bằng văn bản (125/CV-VP ngày 14/05)')).toBeVisible();
    await office.getByRole('button', { name: 'Kết thúc bỏ phiếu' }).click();
    await confirm(office, 'Kết thúc bỏ phiếu', '7/9 thành viên đã bỏ phiếu');
    await expect(office.getByText('Đã kết thúc', { exact: true })).toBeVisible();
    await expect(office.getByText('7/9 (cần ít nhất 6) — đủ số thành viên')).toBeVisible();
    // Six agree on each (council.1 on one only, being recused for the other, plus five by API), the letter disagrees.
    const agenda = office.locator('.ant-card').filter({ hasText: 'Chương trình phiên họp' });
    const row = (name: string) => agenda.getByRole('row').filter({ hasText: name });
    await expect(row(first)).toContainText('Được thông qua');
    await expect(row(second)).toContainText('Được thông qua');
    await screen(office, '74-ket-qua-phien-hop');
  });

  await test.step('the minutes open as a web page: the count per candidate, never who chose what', async () => {
    const [tab] = await Promise.all([
      office.waitForEvent('popup'),
      office.getByRole('button', { name: 'Biên bản kiểm phiếu (trang web)' }).click(),
    ]);
    await tab.waitForLoadState();
    await expect(tab.locator('body')).toContainText('BIÊN BẢN KIỂM PHIẾU');
    await expect(tab.locator('body')).toContainText(first);
    await expect(tab.locator('body')).toContainText(second);
    await tab.screenshot({ path: 'test-results/screens/75-bien-ban-kiem-phieu.png', fullPage: true });
  });
});

test('a session without quorum ends with no count, and its candidates wait for the next one', async ({ browser }) => {
  test.setTimeout(180_000);
  const code = await openCycle('KHONG-DU', { quota: 5, councilProcess: 'SESSIONS' });
  const candidate = `Vũ Minh Châu ${stamp()}`;
  const [id] = await endorsedThroughApi(code, [candidate]);
  const office = await apiAs('standing.office');
  const composed = await office<SessionSketch>('POST', `/cycles/${code}/council-sessions`, {
    title: 'Phiên họp không đủ số thành viên',
    meetingAt: new Date(Date.now() + 86_400_000).toISOString(),
    nominationIds: [id],
  });
  const opened = await office<SessionSketch>('POST', `/council-sessions/${composed.id}/open`);
  await voteThroughApi(opened, COUNCIL.slice(0, 2), 'DISAGREE');

  const page = await sessionOf(browser, 'standing.office');
  await page.goto(`/phien-hop/${composed.id}`);
  await page.getByRole('button', { name: 'Kết thúc bỏ phiếu' }).click();
  await confirm(page, 'Kết thúc bỏ phiếu', 'không kiểm phiếu, không ai bị loại');
  await expect(page.getByText('Không đủ số thành viên tham gia', { exact: true })).toBeVisible();
  await expect(page.getByText('2/9 (cần ít nhất 6) — không đủ số thành viên')).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Đồng ý' })).toHaveCount(0);
  await screen(page, '76-phien-hop-khong-du-so');
  await page.getByRole('link', { name: candidate }).click();
  await expect(page.getByRole('heading', { level: 1, name: candidate })).toBeVisible();
  await expect(page.getByText('Đang xử lý')).toBeVisible();
});
