// The unit hears how the conference ended for its nomination (council-session process, the real
// stack): honoured on stage with its certificate number, or recognised beyond the conference's quota;
// by e-mail and in the app, in Vietnamese; and the nomination read tells the recognised one why in Vietnamese.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { formatHanoiDate, type NominationView } from '#domain';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink.js';
import { startStack, type Stack } from './support/stack.js';
import { unitEmail } from './support/organisation.js';
import { createCycle, cutoffIn, eventsOf, eventually, expectStatus, holdConference } from './support/scenario.js';
import { decideProposal, KHOI_II, KHOI_VI, passed, propose } from './support/proposal.js';
import { findOrFail } from './support/find.js';

const CYCLE = 'T-CONF-NOTICE';
const JUSTIFICATION = 'Hai hồ sơ có thành tích tiêu biểu, đề nghị Bộ trưởng xem xét công nhận cả hai.';
/** Words of the English texts the domain stores, and codes: none may reach a person. */
const ENGLISH = /\b(the|of|by|needed|members|voted|time|rounds|Hanoi|cycle|closed|quota)\b|[A-Z]{2,}_[A-Z]/;

describe('the conference outcome told to the unit', () => {
  let stack: Stack;
  let smtp: SmtpSink;
  let honoured: NominationView;
  let recognised: NominationView;
  let decisionNumber: string;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    stack = await startStack('conference-notices', { env: { SMTP_URL: smtp.url } });
    // One seat on stage, two approved: the first is honoured, the second recognised beyond the quota.
    // The conference is held after the cutoff: a cutoff a minute away leaves time to submit.
    await createCycle(stack.api, CYCLE, { councilProcess: 'SESSIONS', quota: 1, ...cutoffIn(60) });
    const [a, b] = await passed(stack.api, CYCLE, [
      { ...KHOI_VI, score: 95, nominee: { fullName: 'Nguyễn Thị Thu Hà' } },
      { ...KHOI_II, score: 80, nominee: { fullName: 'Trần Văn Bình' } },
    ]);
    const proposal = await propose(stack.api, CYCLE, [a.id, b.id], JUSTIFICATION);
    const decided = expectStatus(await decideProposal(stack.api, 'minister', proposal, { decision: 'APPROVE' }), 200);
    decisionNumber = decided.decision!.number;
    for (const n of [a, b]) await eventually(stack.api, n.id, (v) => v.stage === 'AWAITING_CONFERENCE');

    expect(await holdConference(stack.api, CYCLE)).toMatchObject({ honoured: 1, recognised: 1 });
    honoured = await eventually(stack.api, a.id, (v) => v.status === 'HONOURED');
    recognised = await eventually(stack.api, b.id, (v) => v.status === 'RECOGNISED');
  });
  afterAll(async () => {
    await stack?.close();
    await smtp?.close();
  });

  const conferenceDay = async (nominationId: string) => {
    const events = await eventsOf(stack.api, nominationId);
    const placed = findOrFail(events, (e) => e.type === 'NominationHonoured', 'NominationHonoured event');
    return formatHanoiDate(String((placed.data as { conferenceDate: string }).conferenceDate));
  };
  const inApp = async (occasion: string) =>
    (await stack.db.query(`SELECT kind, subject, body, nomination_id::text AS "nominationId" FROM notifications WHERE occasion = $1`, [
      occasion,
    ])) as { kind: string; subject: string; body: string; nominationId: string }[];

  it('the honoured nomination’s unit is told its certificate number, the decision and the conference day', async () => {
    expect(honoured.certificateNumber).toBeTruthy();
    const certificate = honoured.certificateNumber as string;
    const day = await conferenceDay(honoured.id);

    const mail = await smtp.mailTo(unitEmail(KHOI_VI.unit), `honoured:${honoured.id}`);
    expect(mail.subject).toBe(`Biểu dương điển hình tiên tiến: Nguyễn Thị Thu Hà (Giấy chứng nhận số ${certificate})`);
    expect(mail.text).toContain('Kính gửi:');
    expect(mail.text).toContain(`Quyết định số ${decisionNumber}`);
    expect(mail.text).toContain(`đã được biểu dương tại Hội nghị biểu dương điển hình tiên tiến ngày ${day} (xếp thứ 1)`);
    expect(mail.text).toContain(`Giấy chứng nhận số ${certificate}.`);
    expect(mail.text).not.toContain('đã được hủy');
    expect(mail.subject + mail.text).not.toMatch(ENGLISH);

    const rows = await inApp(`honoured:${honoured.id}`);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toMatchObject({ kind: 'NOMINATION_HONOURED', nominationId: honoured.id, subject: mail.subject });
      expect(row.body).toContain(`Giấy chứng nhận số ${certificate}`);
    }
    // Only the unit that nominated it hears of it.
    expect(smtp.mails.filter((m) => m.occasion === `honoured:${honoured.id}` && !m.to.includes(unitEmail(KHOI_VI.unit)))).toEqual([]);
  });

  it('the recognised nomination’s unit is told it is recognised beyond the quota, its decision still valid', async () => {
    expect(recognised).toMatchObject({ certificateNumber: null, conferenceRank: 2 });
    const mail = await smtp.mailTo(unitEmail(KHOI_II.unit), `recognised:${recognised.id}`);
    expect(mail.subject).toBe(
      `Công nhận điển hình tiên tiến: Trần Văn Bình theo Quyết định số ${decisionNumber}, không biểu dương tại hội nghị`,
    );
    expect(mail.text).toContain('xếp thứ 2, ngoài số lượng được biểu dương tại hội nghị');
    expect(mail.text).toContain('vẫn giữ nguyên giá trị');
    expect(mail.text).not.toContain('đã được hủy');
    expect(mail.subject + mail.text).not.toMatch(ENGLISH);
    expect(await inApp(`recognised:${recognised.id}`)).not.toEqual([]);
    // No outcome notice (the one that says everything was undone) for either.
    expect(smtp.mails.filter((m) => m.occasion === `outcome:${honoured.id}` || m.occasion === `outcome:${recognised.id}`)).toEqual([]);
  });

  it('the nomination read tells why it was recognised in Vietnamese; the stored event keeps its code', async () => {
    expect(recognised.outcome).toMatchObject({ status: 'RECOGNISED', reason: 'Ngoài số lượng được biểu dương tại hội nghị' });
    const events = await eventsOf(stack.api, recognised.id);
    expect(findOrFail(events, (e) => e.type === 'NominationRecognised', 'NominationRecognised event').data).toMatchObject({
      reason: 'BEYOND_QUOTA',
    });
  });
});
