import { choose, confirm, expect, fillDate, screen, sessionOf, test } from './support/fixtures.js';

/**
 * One nomination through the whole process, by each person in turn, in their own browser
 * session: nobody touches a terminal. The administrator works from New York: every date is
 * still entered and shown in Hanoi time.
 */
test('a nomination goes from the unit to the honour list, each person doing their part in the browser', async ({ browser }) => {
  test.setTimeout(480_000); // a dozen people sign in and act in turn; two cores may be busy
  const cycleCode = `TRINH-DUYET-${Date.now().toString(36).toUpperCase()}`;
  const nominee = `Nguyễn Thị Hồng Nhung ${Date.now().toString(36)}`;
  const nextYear = new Date().getFullYear() + 1;
  // The conference is recorded only after the cutoff: this cycle's passes during the test, on the minute.
  const cutoffAt = Math.ceil((Date.now() + 150_000) / 60_000) * 60_000;
  const [day, time] = new Date(cutoffAt + 7 * 3_600_000).toISOString().slice(0, 16).split('T');
  const cutoff = `${day.split('-').reverse().join('/')} ${time}`;

  await test.step('the administrator creates the cycle, dates entered in Hanoi time from a browser in New York', async () => {
    const admin = await sessionOf(browser, 'admin', { timezoneId: 'America/New_York' });
    await admin.getByRole('link', { name: 'Đợt xét chọn' }).click();
    await admin.getByRole('button', { name: 'Tạo đợt xét chọn' }).click();
    await admin.getByLabel('Mã đợt').fill(cycleCode);
    await admin.getByLabel('Tên đợt').fill(`Biểu dương điển hình tiên tiến năm ${nextYear} (thử nghiệm trình duyệt)`);
    await admin.getByLabel('Căn cứ (kế hoạch)').fill(`Kế hoạch số 02/KH-BTNMT ngày 26/03/${nextYear}`);
    await fillDate(admin, 'Từ ngày (giai đoạn xét)', `01/01/${nextYear - 2} 00:00`);
    await fillDate(admin, 'Đến ngày (giai đoạn xét)', `31/03/${nextYear - 1} 00:00`);
    await fillDate(admin, 'Hạn nộp hồ sơ', cutoff);
    await fillDate(admin, 'Hạn khối xét duyệt', `10/05/${nextYear} 00:00`);
    await fillDate(admin, 'Hạn Hội đồng bỏ phiếu', `20/05/${nextYear} 00:00`);
    await fillDate(admin, 'Hạn Bộ trưởng quyết định', `30/05/${nextYear} 00:00`);
    await fillDate(admin, 'Ngày hội nghị biểu dương', `08/06/${nextYear} 08:00`);
    await screen(admin, '10-tao-dot-xet-chon');
    await admin.locator('form').getByRole('button', { name: 'Tạo đợt', exact: true }).click();
    await confirm(admin, 'Tạo đợt', cutoff);
    await expect(admin.getByRole('heading', { level: 1 })).toContainText('thử nghiệm trình duyệt');
    // Typed in Hanoi time in New York, shown in Hanoi time: the same wall-clock figures.
    await expect(admin.getByText(cutoff).first()).toBeVisible();
    await expect(admin.getByText(`08/06/${nextYear} 08:00`)).toBeVisible();
    await screen(admin, '11-bang-dieu-khien-dot');
    await admin.context().close();
  });

  const leader = await sessionOf(browser, 'unit.BAO-TNMT');
  await expect(leader.getByRole('heading', { name: 'Việc cần xử lý' })).toBeVisible();

  const unit = await sessionOf(browser, 'unit.BQLDA-DTXD');
  let dossierUrl = '';
  await test.step('the unit fills in the dossier and submits it after confirming', async () => {
    await unit.getByRole('link', { name: 'Lập hồ sơ đề nghị' }).click();
    await choose(unit, 'Đợt xét chọn', cycleCode);
    await unit.getByLabel('Họ và tên / tên tập thể').fill(nominee);
    await fillDate(unit, 'Ngày sinh', '02/09/1978');
    await unit.getByLabel('Chức vụ').fill('Phó Trưởng phòng Kỹ thuật');
    await unit.getByLabel('Lĩnh vực công tác').fill('Quản lý dự án đầu tư xây dựng');
    await unit.getByLabel('Số năm liên tục đạt danh hiệu thi đua').fill('3');
    await unit.getByLabel('Tóm tắt thành tích').fill('Hoàn thành xuất sắc nhiệm vụ quản lý 12 dự án đầu tư, vượt tiến độ.');
    await unit.getByRole('button', { name: 'Thêm sáng kiến' }).click();
    await unit.getByLabel('Sáng kiến 1', { exact: true }).fill('Mô hình quản lý tiến độ dự án theo thời gian thực');
    await screen(unit, '20-lap-ho-so-de-nghi');
    await unit.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    await confirm(unit, 'Nộp hồ sơ', nominee);
    await expect(unit.getByRole('heading', { level: 1, name: nominee })).toBeVisible();
    dossierUrl = unit.url();
    await screen(unit, '21-ho-so-vua-nop');
  });

  // Let the cutoff pass now, and the notices it sends to every unit without a dossier go out,
  // rather than in the middle of someone's click.
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, cutoffAt + 10_000 - Date.now())));

  await test.step('the block leader’s open inbox shows the new task without a reload, and asks for changes', async () => {
    const row = leader.getByRole('row').filter({ hasText: nominee });
    await expect(row).toBeVisible({ timeout: 30_000 });
    await expect(row).toContainText('Xét duyệt hồ sơ của khối');
    await expect(row).toContainText('10/05/' + nextYear);
    await screen(leader, '30-viec-can-xu-ly-truong-khoi');
    await row.getByRole('link', { name: nominee }).click();
    await leader.getByText('Yêu cầu bổ sung', { exact: true }).click();
    await leader.getByLabel('Lý do').fill('Thiếu biên bản họp bình xét của đơn vị');
    await screen(leader, '31-xet-duyet-cua-khoi');
    await leader.getByRole('button', { name: 'Gửi ý kiến xét duyệt' }).click();
    await confirm(leader, 'Gửi yêu cầu bổ sung');
    await expect(leader.getByText('Khối thi đua số VI yêu cầu bổ sung hồ sơ')).toBeVisible();
  });

  await test.step('the unit reads the reason and resubmits', async () => {
    await unit.goto(dossierUrl);
    await expect(unit.getByText('Lý do: Thiếu biên bản họp bình xét của đơn vị', { exact: true })).toBeVisible();
    await unit.getByLabel('Nội dung đã bổ sung, chỉnh sửa').fill('Đã bổ sung biên bản họp bình xét ngày 15/04');
    await screen(unit, '22-bo-sung-ho-so');
    await unit.getByRole('button', { name: 'Nộp lại hồ sơ' }).click();
    await confirm(unit, 'Nộp lại hồ sơ');
    await expect(
      unit.getByText('Bạn không có việc cần xử lý trên hồ sơ này.').or(unit.getByRole('button', { name: 'Rút hồ sơ' })),
    ).toBeVisible();
  });

  await test.step('the block leader endorses with a score', async () => {
    await leader.goto(dossierUrl);
    await leader.getByLabel('Điểm (0–100)').fill('92');
    await leader.getByRole('button', { name: 'Gửi ý kiến xét duyệt' }).click();
    await confirm(leader, 'Đồng ý đề nghị', '92');
    await expect(leader.getByText('Bạn không có việc cần xử lý trên hồ sơ này.')).toBeVisible();
  });

  let sessionId = '';
  await test.step('the standing office puts the dossier on a council session and opens the ballot', async () => {
    const office = await sessionOf(browser, 'standing.office');
    await office.goto(`/dot-xet-chon/${cycleCode}`);
    await office.getByRole('button', { name: 'Lập phiên họp' }).click();
    await office.getByLabel('Tên phiên họp').fill('Phiên họp Hội đồng Thi đua – Khen thưởng Bộ');
    await fillDate(office, 'Thời gian họp (giờ Hà Nội)', `15/05/${nextYear} 08:30`);
    await expect(office.getByRole('row').filter({ hasText: nominee })).toBeVisible();
    await office.locator('form').getByRole('button', { name: 'Lập phiên họp' }).click();
    await confirm(office, 'Lập phiên họp', '1 hồ sơ trên chương trình');
    await office.getByRole('button', { name: 'Mở bỏ phiếu' }).click();
    await confirm(office, 'Mở bỏ phiếu');
    await expect(office.getByText('Đang bỏ phiếu', { exact: true })).toBeVisible();
    sessionId = office.url().split('/').pop() ?? '';
    await office.context().close();
  });

  await test.step('nine council members vote on the session’s ballot sheet, each in their own session (one of them on a phone)', async () => {
    for (let i = 1; i <= 9; i++) {
      const member = await sessionOf(browser, `council.${i}`);
      if (i === 1) await member.setViewportSize({ width: 390, height: 844 });
      await member
        .getByRole('link', { name: /Phiên họp Hội đồng Thi đua/ })
        .first()
        .click();
      await expect(member.getByText('Phiếu bầu của đồng chí')).toBeVisible();
      await member
        .getByRole('radiogroup', { name: `Phiếu cho ${nominee}` })
        .getByText('Đồng ý', { exact: true })
        .click();
      await member.getByRole('button', { name: 'Bỏ phiếu', exact: true }).click();
      await confirm(member, 'Bỏ phiếu', 'không sửa được');
      await expect(member.getByText('Đồng chí đã bỏ phiếu.')).toBeVisible();
      if (i === 1) await screen(member, '41-da-bo-phieu');
      await member.context().close();
    }
  });

  await test.step('the session closes by itself once all have voted; the standing office proposes the list to the minister', async () => {
    const office = await sessionOf(browser, 'standing.office');
    await office.goto(`/phien-hop/${sessionId}`);
    await expect(office.getByText('Đã kết thúc', { exact: true })).toBeVisible({ timeout: 30_000 });
    await expect(office.getByRole('row').filter({ hasText: nominee }).first()).toContainText('Được thông qua');
    await office.goto(`/dot-xet-chon/${cycleCode}`);
    await office.locator('.ant-card').filter({ hasText: 'Tờ trình và quyết định' }).getByRole('button', { name: 'Lập tờ trình' }).click();
    await expect(
      office.getByRole('table', { name: 'Danh sách đề nghị công nhận' }).getByRole('row').filter({ hasText: nominee }),
    ).toBeVisible();
    await office.getByRole('button', { name: 'Trình Bộ trưởng' }).click();
    await confirm(office, 'Trình Bộ trưởng');
    await expect(office.getByRole('heading', { level: 1, name: 'Tờ trình đề nghị công nhận 1 người/tập thể' })).toBeVisible();
    await office.context().close();
  });

  await test.step('the minister signs one decision for the list; its number appears on the dossier', async () => {
    const minister = await sessionOf(browser, 'minister');
    await minister.getByRole('link', { name: 'Tờ trình đề nghị công nhận 1 người/tập thể' }).first().click();
    await screen(minister, '50-quyet-dinh-cua-bo-truong');
    await minister.getByRole('button', { name: 'Ký quyết định công nhận 1 người/tập thể' }).click();
    await confirm(minister, 'Ký quyết định', 'Ký một quyết định công nhận 1 người/tập thể');
    await expect(minister.getByRole('link', { name: /^Quyết định số \d+\/QĐ-/ })).toBeVisible();
    await minister.goto(dossierUrl);
    await expect(minister.getByRole('row', { name: /Quyết định số/ }).getByRole('link', { name: /^\d+\/QĐ-/ })).toBeVisible();
    await minister.context().close();
  });

  await test.step('the standing office records the conference; the honour list shows the certificate', async () => {
    const office = await sessionOf(browser, 'standing.office');
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, cutoffAt + 1_000 - Date.now())));
    await office.goto(`/dot-xet-chon/${cycleCode}`);
    await office.getByLabel('Địa điểm').fill('Trung tâm Hội nghị Quốc gia, Hà Nội');
    await office.getByRole('button', { name: 'Ghi nhận hội nghị đã tổ chức' }).click();
    await confirm(office, 'Ghi nhận hội nghị', 'Không thể hoàn tác');
    await expect(office.getByText('Hội nghị biểu dương tổ chức ngày')).toContainText('Trung tâm Hội nghị Quốc gia, Hà Nội');
    const row = office.getByRole('row').filter({ hasText: nominee });
    await expect(row).toBeVisible();
    await expect(row).toContainText('Được biểu dương');
    await expect(row.getByRole('cell').nth(5)).not.toBeEmpty();
    await screen(office, '60-danh-sach-bieu-duong');
    await office.context().close();
  });

  await test.step('the unit sees the outcome and the whole story in Vietnamese', async () => {
    await unit.goto(dossierUrl);
    await expect(unit.getByText('Được biểu dương').first()).toBeVisible();
    await expect(unit.getByText('Số bằng khen / giấy chứng nhận')).toBeVisible();
    await screen(unit, '23-ho-so-da-bieu-duong');
  });
  await Promise.all([leader.context().close(), unit.context().close()]);
});
