// A change round on the real stack: the block leader asks for changes naming a field and a
// document; the unit edits the field and uploads a new version of the document, and resubmits;
// the leader reads what changed, field and document side by side, both versions byte for byte.
// A change request naming what the dossier does not have is refused, writing nothing.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NominationView } from '#domain';
import { pdf } from '../apps/api/src/dossier-files/testing/files.js';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink.js';
import { startStack, type Stack } from './support/stack.js';
import { unitEmail } from './support/organisation.js';
import { complete, createCycle, dossier, eventTypes, eventually, expectStatus, taskFor } from './support/scenario.js';

const CYCLE = 'T-CHANGE-ROUND';
const UNIT = 'BQLDA-DTXD';
const officer = `unit.${UNIT}`;
const LEADER = 'unit.BAO-TNMT';

interface Changes {
  request: { round: number; reason: string; fields: string[]; documents: string[] } | null;
  fields: { key: string; label: string; before: string; after: string }[];
  documents: { kind: string; title: string; before: { id: string; version: number } | null; after: { id: string; version: number } }[];
}

describe('a change round', () => {
  let stack: Stack;
  let smtp: SmtpSink;
  beforeAll(async () => {
    smtp = await startSmtpSink();
    stack = await startStack('change-round', { env: { SMTP_URL: smtp.url } });
    await createCycle(stack.api, CYCLE, { councilProcess: 'SESSIONS' });
  });
  afterAll(async () => {
    await stack?.close();
    await smtp?.close();
  });
  const upload = (id: string, content: Uint8Array, name: string) =>
    stack.api.upload<NominationView>(
      officer,
      `/nominations/${id}/documents`,
      { kind: 'BAO_CAO_THANH_TICH', title: 'Báo cáo thành tích' },
      { name, content },
    );

  it('named, answered with an edit and a new version, and read side by side by the reviewer', async () => {
    const draft = expectStatus(
      await stack.api.as<NominationView>(officer, 'POST', '/nominations', {
        ...dossier(CYCLE, { fullName: 'Mạc Thị Hằng' }),
        documents: [],
        draft: true,
      }),
      201,
    );
    const v1 = pdf('Báo cáo thành tích, bản đầu');
    expectStatus(await upload(draft.id, v1, 'bao-cao.pdf'), 201);
    expectStatus(await stack.api.as(officer, 'POST', `/nominations/${draft.id}/submit`), 200);

    // Naming what the dossier does not have is refused, and nothing is recorded.
    const before = await eventTypes(stack.api, draft.id);
    const taskId = await taskFor(stack.api, LEADER, draft.id, 'BLOCK_REVIEW');
    const wrong = await stack.api.as<{ code: string; errors: { field: string; message: string }[] }>(
      LEADER,
      'POST',
      `/tasks/${taskId}/complete`,
      {
        decision: 'REQUEST_CHANGES',
        reason: 'Thiếu số liệu',
        fields: ['luong'],
        documents: ['HO_CHIEU'],
      },
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors.map((e) => e.field)).toEqual(['fields.0', 'documents.0']);
    expect(wrong.body.errors[0].message).toBe('Hồ sơ không có mục “luong” để yêu cầu bổ sung');
    expect(await eventTypes(stack.api, draft.id)).toEqual(before);

    await complete(stack.api, LEADER, draft.id, 'BLOCK_REVIEW', {
      decision: 'REQUEST_CHANGES',
      reason: 'Báo cáo thành tích chưa có số liệu năm 2018.',
      fields: ['achievements'],
      documents: ['BAO_CAO_THANH_TICH'],
    });
    await eventually(stack.api, draft.id, (v) => v.stage === 'REVISION');
    const mail = await smtp.mailTo(unitEmail(UNIT), `dossier-returned:${draft.id}:1`);
    expect(mail.text).toContain('Nội dung cần bổ sung: Thành tích; Báo cáo thành tích');

    expectStatus(
      await stack.api.as(officer, 'PATCH', `/nominations/${draft.id}`, {
        achievements: 'Năm 2018: hoàn thành 4 dự án, giải ngân 100% kế hoạch.',
      }),
      200,
    );
    const v2 = pdf('Báo cáo thành tích, bản bổ sung số liệu 2018');
    const replaced = expectStatus(await upload(draft.id, v2, 'bao-cao-bo-sung.pdf'), 201);
    expect(replaced.documents[0].version).toBe(2);
    await complete(stack.api, officer, draft.id, 'REVISION', { decision: 'RESUBMIT', changes: 'Bổ sung số liệu năm 2018.' });
    await eventually(stack.api, draft.id, (v) => v.stage === 'BLOCK_REVIEW');

    const changes = expectStatus(await stack.api.as<Changes>(LEADER, 'GET', `/nominations/${draft.id}/changes`), 200);
    expect(changes.request).toMatchObject({ round: 1, fields: ['achievements'], documents: ['BAO_CAO_THANH_TICH'] });
    expect(changes.fields).toEqual([
      {
        key: 'achievements',
        label: 'Thành tích',
        before: 'Hoàn thành xuất sắc nhiệm vụ giai đoạn 2016–2018; chủ trì 3 dự án đúng tiến độ.',
        after: 'Năm 2018: hoàn thành 4 dự án, giải ngân 100% kế hoạch.',
      },
    ]);
    const [doc] = changes.documents;
    expect([doc.title, doc.before?.version, doc.after.version]).toEqual(['Báo cáo thành tích', 1, 2]);
    const read = async (id: string) => Buffer.from((await stack.api.download(LEADER, `/documents/${id}`)).bytes);
    expect((await read(doc.before!.id)).equals(v1)).toBe(true);
    expect((await read(doc.after.id)).equals(v2)).toBe(true);
    // Another unit does not read the files.
    expect((await stack.api.download('unit.TAPCHI-TNMT', `/documents/${doc.before!.id}`)).status).toBe(404);
  });
});
