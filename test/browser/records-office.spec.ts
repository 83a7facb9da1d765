// With DECISION_NUMBERING=RECORDS_OFFICE (a system of its own, started for this file) the minister
// revoking a recognition enters the number the records office gave: a number already used is refused
// next to the field, in Vietnamese, and the revocation carries the number entered.
import { apiAs, completeThroughApi, openCycle, submitThroughApi, toMinisterThroughApi } from './support/api.js';
import { expect, screen, sessionOf, test } from './support/fixtures.js';
import { startSystem, type RunningSystem } from './support/system.js';

let system: RunningSystem | undefined;
let sharedSystem: string | undefined;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  system = await startSystem({ DECISION_NUMBERING: 'RECORDS_OFFICE' });
  // The helpers and sessions of this file talk to this system, not to the one global-setup started.
  sharedSystem = process.env.WEB_BASE_URL;
  process.env.WEB_BASE_URL = system.baseUrl;
});

test.afterAll(async () => {
  process.env.WEB_BASE_URL = sharedSystem;
  await system?.stop();
});

/** Today in Hanoi as the API takes a day: yyyy-MM-dd. */
const hanoiDay = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

test('the minister revokes with the number the records office gave; a number already used is refused next to the field', async ({
  browser,
}) => {
  // The conference is recorded only after the cutoff: this cycle's passes during the test.
  const cutoff = Date.now() + 30_000;
  const cycleCode = await openCycle('VAN-THU', { submissionCutoff: new Date(cutoff).toISOString() });
  const nominee = `Phạm Quốc Tuấn ${Date.now().toString(36)}`;
  const id = await submitThroughApi('BQLDA-DTXD', cycleCode, nominee);
  await toMinisterThroughApi('BAO-TNMT', id);
  await completeThroughApi('minister', id, { decision: 'APPROVE' });
  const minister = await apiAs('minister');
  const approved = await minister<{ decisionNumber: string }>('GET', `/nominations/${id}`);
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, cutoff + 1_000 - Date.now())));
  const office = await apiAs('standing.office');
  await office('POST', `/cycles/${cycleCode}/conference`, { heldOn: hanoiDay(), place: 'Hội trường Bộ, 10 Tôn Thất Thuyết, Hà Nội' });

  const page = await sessionOf(browser, 'minister');
  await page.goto(`/ho-so/${id}`);
  await expect(page.getByText('Được biểu dương').first()).toBeVisible();
  await page.getByRole('button', { name: 'Hủy bỏ công nhận' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Quyết định hủy bỏ mang số do Văn thư cấp.');
  await dialog.getByLabel('Lý do').fill('Thành tích kê khai không đúng sự thật (Kết luận thanh tra số 15/KL-TTr)');
  const number = dialog.getByLabel('Số văn bản');
  // `has` is matched inside each form item, so it names the field from the page, not from the dialog.
  const explain = dialog
    .locator('.ant-form-item')
    .filter({ has: page.getByLabel('Số văn bản') })
    .locator('.ant-form-item-explain-error');

  // Without the number the dialog asks for it before anything is sent.
  await dialog.getByRole('button', { name: 'Hủy bỏ công nhận' }).click();
  await expect(explain).toHaveText('Vui lòng nhập số văn bản do Văn thư cấp');

  // The number of the decision that recognised the nominee is taken: the API's refusal, next to the field.
  await number.fill(approved.decisionNumber);
  await dialog.getByRole('button', { name: 'Hủy bỏ công nhận' }).click();
  await expect(explain).toHaveText(
    `Số quyết định ${approved.decisionNumber} đã được dùng cho một quyết định khác. Xin vui lòng kiểm tra lại với Văn thư.`,
  );
  await screen(page, '54-so-van-ban-da-dung');

  await number.fill('215/QĐ-BTNMT');
  await dialog.getByRole('button', { name: 'Hủy bỏ công nhận' }).click();
  await expect(page.getByText('Đã bị hủy bỏ').first()).toBeVisible();
  await expect(page.getByText('Quyết định hủy bỏ số')).toBeVisible();
  await expect(page.getByText('215/QĐ-BTNMT', { exact: true })).toBeVisible();
  await screen(page, '55-huy-bo-so-van-thu');
  await page.context().close();
});
