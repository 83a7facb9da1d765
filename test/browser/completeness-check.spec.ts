import { completeThroughApi, openCycle, submitThroughApi } from './support/api.js';
import { confirm, expect, screen, sessionOf, test } from './support/fixtures.js';

/**
 * The standing office checks an endorsed dossier before the council meets (thẩm định) and returns
 * it to its unit with a reason; the unit sees who asked and why, resubmits, and the dossier waits
 * for a session again.
 */
test('the standing office returns an endorsed dossier for changes; the unit resubmits and it waits for the council again', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const cycleCode = await openCycle('THAM-DINH', { councilProcess: 'SESSIONS' });
  const nominee = `Kiều Thị Duyên ${Date.now().toString(36)}`;
  const id = await submitThroughApi('BQLDA-DTXD', cycleCode, nominee);
  await completeThroughApi('unit.BAO-TNMT', id, { decision: 'ENDORSE', score: 88 });

  const office = await sessionOf(browser, 'standing.office');
  await test.step('the standing office returns it with a reason', async () => {
    await office.goto(`/ho-so/${id}`);
    await expect(office.getByText('Thẩm định hồ sơ', { exact: true })).toBeVisible();
    await office.getByRole('button', { name: 'Trả lại để bổ sung' }).click();
    const dialog = office.getByRole('dialog');
    await expect(dialog).toContainText('lần bổ sung thứ 1, tối đa 2 lần');
    // A reason is required.
    await dialog.getByRole('button', { name: 'Trả lại để bổ sung' }).click();
    await expect(dialog.getByText('Vui lòng nêu lý do')).toBeVisible();
    await dialog.getByLabel('Lý do').fill('Biên bản họp bình xét chưa có chữ ký của Chủ tịch Hội đồng thi đua đơn vị.');
    await screen(office, '98-tham-dinh-tra-lai');
    await dialog.getByRole('button', { name: 'Trả lại để bổ sung' }).click();
    await expect(office.getByText('Đã trả lại hồ sơ để đơn vị bổ sung.')).toBeVisible();
    await expect(office.getByText('Thẩm định hồ sơ', { exact: true })).toHaveCount(0);
  });

  await test.step('the unit sees who asked and why, and resubmits', async () => {
    const unit = await sessionOf(browser, 'unit.BQLDA-DTXD');
    await unit.goto(`/ho-so/${id}`);
    await expect(unit.getByText('Thường trực Hội đồng yêu cầu bổ sung hồ sơ')).toBeVisible();
    await expect(
      unit.getByRole('alert').getByText('Lý do: Biên bản họp bình xét chưa có chữ ký của Chủ tịch Hội đồng thi đua đơn vị.'),
    ).toBeVisible();
    await expect(unit.getByText(/^Thường trực Hội đồng thẩm định và yêu cầu bổ sung hồ sơ/)).toBeVisible();
    await screen(unit, '99-tham-dinh-don-vi-bo-sung');
    await unit.getByLabel('Nội dung đã bổ sung, chỉnh sửa').fill('Đã bổ sung chữ ký của Chủ tịch Hội đồng thi đua vào biên bản.');
    await unit.getByRole('button', { name: 'Nộp lại hồ sơ' }).click();
    await confirm(unit, 'Nộp lại hồ sơ', 'danh sách chờ phiên họp');
    await expect(unit.getByText('Đã nộp lại hồ sơ cho Thường trực Hội đồng.')).toBeVisible();
    await unit.context().close();
  });

  await test.step('the dossier waits for the council again', async () => {
    await office.reload();
    await expect(office.getByText('Thẩm định hồ sơ', { exact: true })).toBeVisible();
    await office.context().close();
  });
});
