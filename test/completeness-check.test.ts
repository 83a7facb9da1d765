// The standing office's check of completeness (thẩm định), on the real stack: an endorsed dossier
// waiting for a council session goes back to its unit for changes, is edited and resubmitted, and
// waits at the council again with no new task for the block; each side is told. Refused to anyone
// else, once on a session, and in cycles of the older process.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NominationView } from '#domain';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink.js';
import { startStack, type Stack } from './support/stack.js';
import { unitEmail } from './support/organisation.js';
import { complete, createCycle, eventually, expectStatus, toCouncil } from './support/scenario.js';
import { composeSession, endorsed } from './support/proposal.js';

const CYCLE = 'T-THAM-DINH';
const OLD = 'T-THAM-DINH-CU';
const UNIT = 'BQLDA-DTXD';
const REASON = 'Biên bản họp bình xét chưa có chữ ký của Chủ tịch Hội đồng thi đua đơn vị.';

describe('the standing office returns a dossier before the council', () => {
  let stack: Stack;
  let smtp: SmtpSink;
  beforeAll(async () => {
    smtp = await startSmtpSink();
    stack = await startStack('completeness-check', { env: { SMTP_URL: smtp.url } });
    await createCycle(stack.api, CYCLE, { councilProcess: 'SESSIONS' });
    await createCycle(stack.api, OLD);
  });
  afterAll(async () => {
    await stack?.close();
    await smtp?.close();
  });
  const returnIt = (user: string, id: string, reason = REASON) =>
    stack.api.as<NominationView & { code?: string; message?: string }>(user, 'POST', `/nominations/${id}/return-for-changes`, { reason });
  const tasksOf = async (user: string, id: string) =>
    expectStatus(await stack.api.as<{ type: string; dueAt: string }[]>(user, 'GET', `/tasks?nominationId=${id}`), 200);

  it('goes back to the unit as a change round, and resubmitted waits at the council again', async () => {
    const n = await endorsed(stack.api, CYCLE, { nominee: { fullName: 'Trịnh Thị Phương' } });
    await eventually(stack.api, n.id, (v) => v.stage === 'COUNCIL_VOTE');

    // Only the standing office, and with a reason; nothing is written on a refusal.
    expect((await returnIt('unit.BAO-TNMT', n.id)).status).toBe(403);
    const empty = await returnIt('standing.office', n.id, '   ');
    expect(empty.status).toBe(400);

    const returned = expectStatus(await returnIt('standing.office', n.id), 200);
    expect(returned).toMatchObject({ stage: 'REVISION', changeRounds: 1, blockScore: 90 });
    expect((await tasksOf(`unit.${UNIT}`, n.id)).map((t) => t.type)).toEqual(['REVISION']);
    const mail = await smtp.mailTo(unitEmail(UNIT), `dossier-returned:${n.id}:1`);
    expect(mail.text).toContain('Thường trực Hội đồng Thi đua – Khen thưởng Bộ đề nghị đơn vị bổ sung, hoàn thiện hồ sơ');
    expect(mail.text).toContain(`Lý do: ${REASON}`);

    expectStatus(
      await stack.api.as(`unit.${UNIT}`, 'PATCH', `/nominations/${n.id}`, {
        achievements: 'Hoàn thành xuất sắc nhiệm vụ; biên bản họp bình xét đã có đủ chữ ký.',
      }),
      200,
    );
    await complete(stack.api, `unit.${UNIT}`, n.id, 'REVISION', { decision: 'RESUBMIT', changes: 'Bổ sung chữ ký vào biên bản.' });
    const back = await eventually(stack.api, n.id, (v) => v.stage === 'COUNCIL_VOTE');
    expect(back).toMatchObject({ blockScore: 90, changeRounds: 1, revisedFields: ['achievements'] });
    expect(await tasksOf('unit.BAO-TNMT', n.id)).toEqual([]);

    const office = await stack.db.query(`SELECT subject FROM notifications WHERE occasion = $1`, [`dossier-revised:${n.id}:1`]);
    expect(office.map((r: { subject: string }) => r.subject)).toContain(
      'Hồ sơ đã bổ sung cần xét duyệt lại: Trịnh Thị Phương (Ban Quản lý Dự án Đầu tư và Xây dựng)',
    );
    const unitMail = await smtp.mailTo(unitEmail(UNIT), `dossier-resubmitted:${n.id}:1`);
    expect(unitMail.text).toContain('để thẩm định trước khi trình Hội đồng');
  });

  it('is refused once the dossier is on a session, and in a cycle of the older process', async () => {
    const n = await endorsed(stack.api, CYCLE, { nominee: { fullName: 'Lại Văn Sơn' } });
    await eventually(stack.api, n.id, (v) => v.stage === 'COUNCIL_VOTE');
    await composeSession(stack.api, CYCLE, [n.id]);
    await eventually(stack.api, n.id, (v) => Boolean(v.councilSessionId));
    const onSession = await returnIt('standing.office', n.id);
    expect(onSession.status).toBe(409);
    expect(onSession.body.code).toBe('ALREADY_ON_SESSION');

    const old = await toCouncil(stack.api, OLD);
    const refused = await returnIt('standing.office', old.id);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('quy trình cũ');
  });
});
