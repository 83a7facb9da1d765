import { readFile } from 'node:fs/promises';
import { apiAs, hanoiDate, openCycle } from './support/api.js';
import { endorsedThroughApi, passedThroughApi, proposeThroughApi } from './support/council-api.js';
import { confirm, expect, screen, sessionOf, test } from './support/fixtures.js';

/**
 * The list that passed the council goes to the minister as one proposal (tờ trình) and comes back
 * as one decision (quyết định): the standing office, the deputy minister and a unit each do their
 * part in the browser; the council's session is set up through the API (it is not what this is about).
 */

const stamp = () => Date.now().toString(36);

interface NominationSketch {
  status: string;
  decisionNumber: string | null;
  decisionId?: string | null;
}

test('the standing office proposes one over the quota with a reason; the deputy minister strikes one and signs one decision for the rest', async ({
  browser,
}) => {
  test.setTimeout(420_000); // a session of nine ballots is set up first; two cores may be busy
  const cycleCode = await openCycle('TO-TRINH', { councilProcess: 'SESSIONS', quota: 2 });
  const s = stamp();
  const [first, second, third] = [`Nguyễn Văn An ${s}`, `Trần Thị Bích ${s}`, `Lê Hoàng Cường ${s}`];
  const ids = await endorsedThroughApi(cycleCode, [first, second, third]);
  await passedThroughApi(cycleCode, ids);

  const office = await sessionOf(browser, 'standing.office');
  await test.step('the standing office opens the engine’s list from the cycle and adds the candidate left out', async () => {
    await office.goto(`/dot-xet-chon/${cycleCode}`);
    const card = office.locator('.ant-card').filter({ hasText: 'Tờ trình và quyết định' });
    await expect(card).toContainText('Chưa có tờ trình nào');
    await card.getByRole('button', { name: 'Lập tờ trình' }).click();
    await expect(office.getByRole('heading', { level: 1, name: 'Lập tờ trình đề nghị công nhận' })).toBeVisible();
    const onList = office.getByRole('table', { name: 'Danh sách đề nghị công nhận' });
    const offList = office.getByRole('table', { name: 'Hồ sơ chưa có trong danh sách' });
    await expect(onList.getByRole('row').filter({ hasText: first })).toContainText('9/9');
    await expect(onList.getByRole('row').filter({ hasText: second })).toBeVisible();
    await expect(offList.getByRole('row').filter({ hasText: third })).toContainText('Ngoài chỉ tiêu');
    await screen(office, '80-du-thao-to-trinh');

    await office.getByRole('button', { name: `Đưa ${third} vào danh sách` }).click();
    await expect(onList.getByRole('row').filter({ hasText: third })).toContainText('Bổ sung ngoài danh sách gợi ý');
    await expect(office.getByText('Danh sách có 3 hồ sơ, vượt chỉ tiêu 2 (1 hồ sơ)')).toBeVisible();
    await office.getByRole('button', { name: 'Trình Bộ trưởng' }).click();
    await expect(office.getByText('Vui lòng nêu lý do đề nghị vượt chỉ tiêu')).toBeVisible();
    await screen(office, '81-to-trinh-vuot-chi-tieu-can-ly-do');
  });

  await test.step('it writes the reason and submits after a confirmation', async () => {
    await office
      .getByLabel('Lý do đề nghị vượt chỉ tiêu')
      .fill('Đồng chí Cường có sáng kiến được áp dụng toàn ngành năm qua, Hội đồng thống nhất đề nghị thêm.');
    await office.getByRole('button', { name: 'Trình Bộ trưởng' }).click();
    await confirm(office, 'Trình Bộ trưởng', 'vượt chỉ tiêu 2');
    await expect(office.getByRole('heading', { level: 1, name: 'Tờ trình đề nghị công nhận 3 người/tập thể' })).toBeVisible();
    await expect(office.getByText('Chờ Bộ trưởng quyết định').first()).toBeVisible();
    await expect(office.getByText(/^Vũ Minh Sơn, \d\d\/\d\d\/\d{4} \d\d:\d\d$/)).toBeVisible();
    await screen(office, '82-to-trinh-da-trinh');
  });

  const deputy = await sessionOf(browser, 'deputy.minister');
  let decisionUrl = '';
  await test.step('the deputy minister, on a phone, finds the proposal in the inbox, strikes one entry and signs', async () => {
    await deputy.setViewportSize({ width: 390, height: 844 });
    const item = deputy.getByRole('listitem').filter({ hasText: cycleCode });
    await expect(item).toBeVisible({ timeout: 30_000 });
    await item.getByRole('link', { name: 'Tờ trình đề nghị công nhận 3 người/tập thể' }).click();
    await expect(deputy.getByText('Quyết định sẽ được ký: KT. BỘ TRƯỞNG / THỨ TRƯỞNG')).toBeVisible();
    await screen(deputy, '84-bo-truong-quyet-dinh-to-trinh-dien-thoai');

    await deputy.getByRole('checkbox', { name: new RegExp(second) }).check();
    await deputy.getByRole('button', { name: 'Ký quyết định công nhận 2 người/tập thể' }).click();
    await expect(deputy.getByText('Vui lòng nêu lý do không công nhận')).toBeVisible();
    await deputy.getByLabel(`Lý do không công nhận ${second}`).fill('Đơn vị đang bị thanh tra, chưa có kết luận');
    await screen(deputy, '85-khong-cong-nhan-mot-nguoi');
    await deputy.getByRole('button', { name: 'Ký quyết định công nhận 2 người/tập thể' }).click();
    const dialog = deputy.getByRole('dialog');
    await expect(dialog).toContainText('Ký một quyết định công nhận 2 người/tập thể');
    await expect(dialog).toContainText('KT. BỘ TRƯỞNG / THỨ TRƯỞNG');
    await expect(dialog).toContainText(second);
    await screen(deputy, '86-xac-nhan-ky-quyet-dinh');
    await confirm(deputy, 'Ký quyết định');
    const signed = deputy.getByRole('link', { name: /^Quyết định số \d+\/QĐ-/ });
    await expect(signed).toBeVisible();
    await expect(deputy.getByText('Đã phê duyệt').first()).toBeVisible();
    await screen(deputy, '87-to-trinh-da-ky');
    await signed.click();
    await expect(deputy).toHaveURL(/\/quyet-dinh\//);
    decisionUrl = deputy.url();
  });

  let number = '';
  await test.step('the decision shows one number for all, the KT. line, the annex and the one struck with the reason', async () => {
    const heading = deputy.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(/^Quyết định số \d+\/QĐ-/);
    number = ((await heading.textContent()) ?? '').replace('Quyết định số ', '');
    await expect(deputy.getByText('KT. BỘ TRƯỞNG / THỨ TRƯỞNG')).toBeVisible();
    await expect(deputy.getByText('Nguyễn Thị Phương Hoa')).toBeVisible();
    await expect(deputy.getByText(hanoiDate(), { exact: true })).toBeVisible();
    const annex = deputy.getByRole('region', { name: 'Danh sách được công nhận' });
    await expect(annex.getByRole('link', { name: first })).toBeVisible();
    await expect(annex.getByRole('link', { name: third })).toBeVisible();
    await expect(annex.getByRole('link', { name: second })).toHaveCount(0);
    const struck = deputy.getByRole('region', { name: 'Không công nhận' });
    await expect(struck).toContainText(second);
    await expect(struck).toContainText('Đơn vị đang bị thanh tra, chưa có kết luận');
    await screen(deputy, '88-quyet-dinh-dien-thoai');

    // The document as the API prints it, the token in a header, never in the address: the PDF
    // downloaded, the HTML in a new tab.
    const asked: { url: string; authorization?: string }[] = [];
    deputy.on('request', (request) => {
      if (request.url().includes('/document?')) asked.push({ url: request.url(), authorization: request.headers()['authorization'] });
    });
    const [file] = await Promise.all([deputy.waitForEvent('download'), deputy.getByRole('button', { name: 'Tải bản PDF' }).click()]);
    expect(file.suggestedFilename()).toBe(`Quyết định số ${number.replaceAll('/', '-')}.pdf`);
    expect((await readFile(await file.path())).subarray(0, 5).toString()).toBe('%PDF-');
    const [tab] = await Promise.all([deputy.waitForEvent('popup'), deputy.getByRole('button', { name: 'Xem bản HTML' }).click()]);
    await tab.waitForLoadState();
    await expect(tab.locator('body')).toContainText(`Số: ${number}`);
    await expect(tab.locator('body')).toContainText(third);
    await expect(tab.locator('body')).not.toContainText(second);
    await tab.screenshot({ path: 'test-results/screens/89-ban-html-quyet-dinh.png' });
    await tab.close();
    expect(asked.map((a) => a.url.replace(/^.*\/decisions\/[^/]+/, ''))).toEqual(['/document?format=pdf', '/document?format=html']);
    for (const a of asked) {
      expect(a.authorization).toMatch(/^Bearer \S+$/);
      expect(a.url).not.toContain(a.authorization?.slice('Bearer '.length) ?? '');
    }

    await deputy.setViewportSize({ width: 1366, height: 768 });
    await expect(deputy.getByRole('table', { name: 'Danh sách được công nhận' })).toBeVisible();
    await screen(deputy, '90-quyet-dinh');

    // One decision, one number, for everyone it recognises; the struck one is not recognised.
    const admin = await apiAs('admin');
    const [a, b, c] = await Promise.all(ids.map((id) => admin<NominationSketch>('GET', `/nominations/${id}`)));
    expect([a.decisionNumber, c.decisionNumber]).toEqual([number, number]);
    expect(a.decisionId).toBe(c.decisionId);
    expect(b).toMatchObject({ status: 'REJECTED', decisionNumber: null });
  });

  await test.step('the unit’s nomination page links to the decision', async () => {
    const unit = await sessionOf(browser, 'unit.BQLDA-DTXD');
    await unit.goto(`/ho-so/${ids[0]}`);
    const link = unit.getByRole('link', { name: number, exact: true });
    await expect(link).toBeVisible();
    await screen(unit, '91-ho-so-lien-ket-quyet-dinh');
    await link.click();
    await expect(unit).toHaveURL(decisionUrl);
    await expect(unit.getByRole('heading', { level: 1 })).toHaveText(`Quyết định số ${number}`);
    await unit.context().close();
  });

  await test.step('the cycle’s dashboard lists the proposal with its decision', async () => {
    await office.goto(`/dot-xet-chon/${cycleCode}`);
    const card = office.locator('.ant-card').filter({ hasText: 'Tờ trình và quyết định' });
    await expect(card.getByRole('link', { name: `Số ${number}` })).toBeVisible();
    await expect(card).toContainText('Đã phê duyệt');
    await screen(office, '83-bang-dieu-khien-to-trinh');
  });
  await Promise.all([office.context().close(), deputy.context().close()]);
});

test('the minister returns a proposal with a reason; the standing office sees it returned', async ({ browser }) => {
  test.setTimeout(300_000);
  const cycleCode = await openCycle('TRA-LAI', { councilProcess: 'SESSIONS', quota: 2 });
  const s = stamp();
  const ids = await endorsedThroughApi(cycleCode, [`Phạm Thu Hà ${s}`, `Đỗ Quang Minh ${s}`]);
  await passedThroughApi(cycleCode, ids);
  const proposal = await proposeThroughApi(cycleCode);
  const reason = 'Đề nghị bổ sung ý kiến của cơ quan thanh tra về hai đơn vị trước khi trình lại.';

  const minister = await sessionOf(browser, 'minister');
  await test.step('the minister chooses to return it, and is told what that does', async () => {
    await minister.goto(`/to-trinh/${proposal.id}`);
    await minister.locator('label', { hasText: 'Trả lại tờ trình' }).click();
    await minister.locator('form').getByRole('button', { name: 'Trả lại tờ trình' }).click();
    await expect(minister.getByText('Vui lòng nêu lý do trả lại tờ trình')).toBeVisible();
    await minister.getByLabel('Lý do trả lại').fill(reason);
    await minister.locator('form').getByRole('button', { name: 'Trả lại tờ trình' }).click();
    await confirm(minister, 'Trả lại tờ trình', 'Không ký quyết định');
    await expect(minister.getByText('Tờ trình đã được trả lại', { exact: false })).toBeVisible();
    await expect(minister.getByRole('button', { name: 'Trả lại tờ trình' })).toHaveCount(0);
    await minister.context().close();
  });

  await test.step('the standing office finds it returned on the cycle’s dashboard, with the reason', async () => {
    const office = await sessionOf(browser, 'standing.office');
    await office.goto(`/dot-xet-chon/${cycleCode}`);
    const card = office.locator('.ant-card').filter({ hasText: 'Tờ trình và quyết định' });
    await expect(card).toContainText('Đã trả lại');
    await expect(card.getByRole('button', { name: 'Lập tờ trình' })).toBeEnabled();
    await card.getByRole('link', { name: 'Đề nghị công nhận 2 người/tập thể' }).click();
    await expect(office.getByText(`Lý do: ${reason}`)).toBeVisible();
    await expect(office.getByText('Người trả lại: Trần Hồng Hà')).toBeVisible();
    await screen(office, '92-to-trinh-bi-tra-lai');
    await office.context().close();
  });
});
