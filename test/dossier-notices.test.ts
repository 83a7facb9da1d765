// The unit and its reviewer are told at each step of the dossier's review, in the app and by
// e-mail, in Vietnamese: the unit when its dossier is received, returned for changes (the reason
// and the revision deadline) and resubmitted; the block leader when a dossier arrives in its inbox
// and when it comes back revised. The real stack, a real SMTP server.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { formatHanoiDateTime, type NominationView } from '#domain';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink.js';
import { startStack, type Stack } from './support/stack.js';
import { unitEmail } from './support/organisation.js';
import { complete, createCycle, dossier, eventually, expectStatus } from './support/scenario.js';

const CYCLE = 'T-DOSSIER-NOTICES';
const UNIT = 'BQLDA-DTXD';
const LEADER = 'BAO-TNMT';
const ENGLISH = /\b(the|of|by|needed|members|voted|time|rounds|Hanoi|cycle|closed|Changes)\b|[A-Z]{2,}_[A-Z]/;

describe('a dossier’s steps told to its unit and its reviewer', () => {
  let stack: Stack;
  let smtp: SmtpSink;
  beforeAll(async () => {
    smtp = await startSmtpSink();
    stack = await startStack('dossier-notices', { env: { SMTP_URL: smtp.url } });
    await createCycle(stack.api, CYCLE, { councilProcess: 'SESSIONS' });
  });
  afterAll(async () => {
    await stack?.close();
    await smtp?.close();
  });

  const inApp = async (occasion: string) =>
    (await stack.db.query(`SELECT recipient, kind, subject FROM notifications WHERE occasion = $1 ORDER BY recipient`, [occasion])) as {
      recipient: string;
      kind: string;
      subject: string;
    }[];

  it('a submitted draft: the unit hears it was received, the block leader that it arrived', async () => {
    const draft = expectStatus(
      await stack.api.as<NominationView>(`unit.${UNIT}`, 'POST', '/nominations', {
        ...dossier(CYCLE, { fullName: 'Hoàng Thị Ngọc Ánh' }),
        documents: [],
        draft: true,
      }),
      201,
    );
    // A draft is not a submission: nobody hears of it.
    expect(await inApp(`dossier-received:${draft.id}`)).toEqual([]);
    const submitted = expectStatus(await stack.api.as<NominationView>(`unit.${UNIT}`, 'POST', `/nominations/${draft.id}/submit`), 200);

    const received = await smtp.mailTo(unitEmail(UNIT), `dossier-received:${draft.id}`);
    expect(received.subject).toBe('Đã tiếp nhận hồ sơ đề nghị của Hoàng Thị Ngọc Ánh');
    expect(received.text).toContain(`lúc ${formatHanoiDateTime(submitted.submittedAt)} (giờ Hà Nội)`);
    expect(received.text).toContain('Báo Tài nguyên và Môi trường để xét duyệt');
    expect(received.subject + received.text).not.toMatch(ENGLISH);

    const arrived = await smtp.mailTo(unitEmail(LEADER), `dossier-arrived:${draft.id}`);
    expect(arrived.subject).toBe('Hồ sơ mới cần xét duyệt: Hoàng Thị Ngọc Ánh (Ban Quản lý Dự án Đầu tư và Xây dựng)');
    expect(arrived.text).toContain(`Hạn xét duyệt: ${formatHanoiDateTime(submitted.targets.blockReviewTarget)} (giờ Hà Nội)`);
    expect(arrived.subject + arrived.text).not.toMatch(ENGLISH);
    // In the app too, each to its own unit.
    expect((await inApp(`dossier-received:${draft.id}`)).map((r) => r.kind)).toEqual(['DOSSIER_RECEIVED']);
    expect((await inApp(`dossier-arrived:${draft.id}`)).map((r) => r.kind)).toEqual(['DOSSIER_ARRIVED']);
  });

  it('returned for changes with the reason and the deadline, then resubmitted: each side told', async () => {
    const created = expectStatus(
      await stack.api.as<NominationView>(`unit.${UNIT}`, 'POST', '/nominations', dossier(CYCLE, { fullName: 'Phùng Văn Đức' })),
      201,
    );
    await smtp.mailTo(unitEmail(UNIT), `dossier-received:${created.id}`);
    const returned = await complete(stack.api, `unit.${LEADER}`, created.id, 'BLOCK_REVIEW', {
      decision: 'REQUEST_CHANGES',
      reason: 'Báo cáo thành tích chưa có xác nhận của thủ trưởng đơn vị.',
    });
    const inRevision = await eventually(stack.api, returned.id, (v) => v.stage === 'REVISION');
    const task = (await stack.api.as<{ type: string; dueAt: string }[]>(`unit.${UNIT}`, 'GET', `/tasks?nominationId=${created.id}`)).body;
    const deadline = formatHanoiDateTime(task.find((t) => t.type === 'REVISION')!.dueAt);

    const mail = await smtp.mailTo(unitEmail(UNIT), `dossier-returned:${created.id}:1`);
    expect(mail.subject).toBe(`Yêu cầu bổ sung hồ sơ của Phùng Văn Đức: hạn ${deadline}`);
    expect(mail.text).toContain('Lý do: Báo cáo thành tích chưa có xác nhận của thủ trưởng đơn vị.');
    expect(mail.text).toContain(`gửi lại trước ${deadline} (giờ Hà Nội)`);
    expect(mail.text).toContain('(lần 1, tối đa 2 lần)');
    expect(mail.subject + mail.text).not.toMatch(ENGLISH);

    await complete(stack.api, `unit.${UNIT}`, inRevision.id, 'REVISION', {
      decision: 'RESUBMIT',
      changes: 'Đã bổ sung xác nhận của Giám đốc Ban.',
    });
    const back = await smtp.mailTo(unitEmail(UNIT), `dossier-resubmitted:${created.id}:1`);
    expect(back.subject).toBe('Đã tiếp nhận hồ sơ bổ sung của Phùng Văn Đức');
    const revised = await smtp.mailTo(unitEmail(LEADER), `dossier-revised:${created.id}:1`);
    expect(revised.subject).toBe('Hồ sơ đã bổ sung cần xét duyệt lại: Phùng Văn Đức (Ban Quản lý Dự án Đầu tư và Xây dựng)');
    expect(revised.text).toContain('Nội dung đơn vị đã bổ sung: Đã bổ sung xác nhận của Giám đốc Ban.');
    for (const m of [back, revised]) expect(m.subject + m.text).not.toMatch(ENGLISH);
    // Nobody else hears of them.
    const strangers = smtp.mails.filter(
      (m) =>
        m.occasion.startsWith('dossier-') &&
        m.occasion.includes(created.id) &&
        !m.to.includes(unitEmail(UNIT)) &&
        !m.to.includes(unitEmail(LEADER)),
    );
    expect(strangers).toEqual([]);
  });
});
