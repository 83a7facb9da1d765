// A unit's documents are real files: uploaded to its draft, checked by their content, kept in
// PostgreSQL once per content, every version kept, read back byte for byte by those who read the
// dossier, refused to anyone else; and a refused upload leaves nothing. Against the real stack.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NominationView } from '#domain';
import { documentVersionsOf, PgDocumentStore, sha256Of, storeDocumentVersion } from '#persistence';
import { docx, exe, pdf } from '../apps/api/src/dossier-files/testing/files.js';
import { startStack, type Stack } from './support/stack.js';
import { createCycle, dossier, expectStatus } from './support/scenario.js';

const CYCLE = 'T-DOSSIER-FILES';
const UNIT = 'BQLDA-DTXD';
const REQUIRED = [
  { kind: 'BAO_CAO_THANH_TICH', title: 'Báo cáo thành tích' },
  { kind: 'BIEN_BAN_BINH_XET', title: 'Biên bản họp bình xét của đơn vị' },
];

describe('documents of a dossier', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack('dossier_documents', {
      env: { UPLOAD_MAX_BYTES: String(1024 * 1024), UPLOAD_MAX_EXPANDED_BYTES: String(4 * 1024 * 1024) },
    });
    await createCycle(stack.api, CYCLE, { councilProcess: 'SESSIONS', requiredDocuments: REQUIRED });
  });
  afterAll(() => stack?.close());

  const officer = `unit.${UNIT}`;
  const draft = async () =>
    expectStatus(
      await stack.api.as<NominationView>(officer, 'POST', '/nominations', { ...dossier(CYCLE), documents: [], draft: true }),
      201,
    );
  const upload = (id: string, kind: string, title: string, name: string, content: Uint8Array, user = officer) =>
    stack.api.upload<NominationView & { code: string; message: string; errors: { field: string; message: string }[] }>(
      user,
      `/nominations/${id}/documents`,
      { kind, title },
      { name, content },
    );

  it('a PDF uploaded to a draft is read back byte for byte by the block leader once submitted, and refused to another unit', async () => {
    const n = await draft();
    const report = pdf('Báo cáo thành tích 2016–2018');
    const first = expectStatus(await upload(n.id, 'BAO_CAO_THANH_TICH', 'Báo cáo thành tích', 'báo cáo thành tích.pdf', report), 201);
    const doc = first.documents.find((d) => d.kind === 'BAO_CAO_THANH_TICH');
    expect(doc).toMatchObject({ version: 1, contentType: 'application/pdf', size: report.length, filename: 'báo cáo thành tích.pdf' });
    expect(doc?.sha256).toMatch(/^[0-9a-f]{64}$/);

    // Before submission only the unit reads it.
    expect((await stack.api.download('unit.BAO-TNMT', `/documents/${doc?.id}`)).status).toBe(404);
    const minutes = expectStatus(
      await upload(n.id, 'BIEN_BAN_BINH_XET', 'Biên bản họp bình xét của đơn vị', 'bien-ban.pdf', pdf('Biên bản')),
      201,
    );
    expect(minutes.documents).toHaveLength(2);
    expectStatus(await stack.api.as(officer, 'POST', `/nominations/${n.id}/submit`), 200);

    const read = await stack.api.download('unit.BAO-TNMT', `/documents/${doc?.id}`);
    expect(read.status).toBe(200);
    expect(Buffer.from(read.bytes).equals(Buffer.from(report))).toBe(true);
    expect(read.contentType).toBe('application/pdf');
    expect(read.headers.get('content-disposition')).toBe(`inline; filename*=UTF-8''${encodeURIComponent('báo cáo thành tích.pdf')}`);
    expect(read.headers.get('x-content-type-options')).toBe('nosniff');
    expect(read.headers.get('cache-control')).toBe('private, no-store');
    expect(read.headers.get('etag')).toBe(`"${doc?.sha256}"`);
    expect((await stack.api.download('standing.office', `/documents/${doc?.id}`)).status).toBe(200);
    expect((await stack.api.download('unit.TAPCHI-TNMT', `/documents/${doc?.id}`)).status).toBe(404);
  });

  it('a new version keeps the old one readable; the same content is stored once', async () => {
    const n = await draft();
    const v1 = pdf('Phiên bản 1');
    expectStatus(await upload(n.id, 'BAO_CAO_THANH_TICH', 'Báo cáo thành tích', 'bc.pdf', v1), 201);
    const afterFirst = expectStatus(await stack.api.as<NominationView>(officer, 'GET', `/nominations/${n.id}`), 200);
    const firstId = afterFirst.documents[0].id;
    const second = expectStatus(await upload(n.id, 'BAO_CAO_THANH_TICH', 'Báo cáo thành tích', 'bc.pdf', pdf('Phiên bản 2')), 201);
    expect(second.documents).toHaveLength(1);
    expect(second.documents[0]).toMatchObject({ version: 2, documentId: afterFirst.documents[0].documentId });
    expect(Buffer.from((await stack.api.download(officer, `/documents/${firstId}`)).bytes).equals(Buffer.from(v1))).toBe(true);
    // The read of the nomination lists every version, oldest first, with who uploaded it and when.
    const read = expectStatus(
      await stack.api.as<NominationView & { documents: { versions?: { id: string; version: number; uploadedBy: string }[] }[] }>(
        officer,
        'GET',
        `/nominations/${n.id}`,
      ),
      200,
    );
    expect(read.documents[0].versions?.map((v) => [v.id, v.version, v.uploadedBy])).toEqual([
      [firstId, 1, officer],
      [second.documents[0].id, 2, officer],
    ]);

    const other = await draft();
    expectStatus(await upload(other.id, 'BAO_CAO_THANH_TICH', 'Báo cáo thành tích', 'bc.pdf', v1), 201);
    // A real office file within its limits is taken.
    const annex = expectStatus(await upload(other.id, 'PHU_LUC', 'Phụ lục số liệu', 'phu-luc.docx', docx(2000)), 201);
    expect(annex.documents.find((d) => d.kind === 'PHU_LUC')?.contentType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const blobs: { n: string }[] = await stack.db.query(`SELECT count(*) AS n FROM document_blobs WHERE sha256 = $1`, [
      afterFirst.documents[0].sha256,
    ]);
    expect(Number(blobs[0].n)).toBe(1);
  });

  it('refuses, writing nothing: an empty file, a renamed executable, a name that lies, an archive bomb, too large, no file, another unit', async () => {
    const n = await draft();
    const before: { n: string }[] = await stack.db.query(`SELECT count(*) AS n FROM document_versions`);
    const cases: [string, Uint8Array, number, string][] = [
      ['rong.pdf', new Uint8Array(), 400, 'FILE_EMPTY'],
      ['chuong-trinh.pdf', exe(), 415, 'FILE_TYPE_NOT_ALLOWED'],
      ['anh.png', pdf('không phải ảnh'), 415, 'FILE_TYPE_MISMATCH'],
      ['bom.docx', docx(6 * 1024 * 1024), 422, 'FILE_ARCHIVE_TOO_LARGE'],
      // Refused by multer as it reads (it stops there), in the same words.
      ['lớn.pdf', Buffer.concat([pdf('lớn'), Buffer.alloc(1024 * 1024)]), 413, 'FILE_TOO_LARGE'],
    ];
    for (const [name, content, status, code] of cases) {
      const reply = await upload(n.id, 'BAO_CAO_THANH_TICH', 'Báo cáo thành tích', name, content);
      expect([name, reply.status, reply.body.code]).toEqual([name, status, code]);
      expect(reply.body.message).toContain(name);
    }
    const none = await stack.api.upload<{ code: string }>(officer, `/nominations/${n.id}/documents`, {
      kind: 'BAO_CAO_THANH_TICH',
      title: 'Báo cáo',
    });
    expect([none.status, none.body.code]).toEqual([400, 'FILE_REQUIRED']);
    // The upload's own names for its fields: "title" is the document's, not a cycle's.
    const untitled = await upload(n.id, 'BAO_CAO_THANH_TICH', '   ', 'bc.pdf', pdf('không tên'));
    expect(untitled.status).toBe(400);
    expect(untitled.body.errors[0]).toMatchObject({ field: 'title', message: 'Tên tài liệu không được để trống' });
    const foreign = await upload(n.id, 'BAO_CAO_THANH_TICH', 'Báo cáo thành tích', 'bc.pdf', pdf('x'), 'unit.TAPCHI-TNMT');
    expect(foreign.status).toBe(404);

    // A new version of another dossier's document.
    const other = await draft();
    const theirs = expectStatus(await upload(other.id, 'PHU_LUC', 'Phụ lục', 'pl.pdf', pdf('của hồ sơ khác')), 201).documents[0];
    const before2: { n: string }[] = await stack.db.query(`SELECT count(*) AS n FROM document_versions`);
    const stolen = await stack.api.upload<{ code: string; errors: { field: string }[] }>(
      officer,
      `/nominations/${n.id}/documents`,
      { kind: 'PHU_LUC', title: 'Phụ lục', documentId: theirs.documentId ?? '' },
      { name: 'pl.pdf', content: pdf('không phải của mình') },
    );
    expect([stolen.status, stolen.body.code, stolen.body.errors[0].field]).toEqual([404, 'DOCUMENT_NOT_FOUND', 'documentId']);

    // Two files where one is taken.
    const form = new FormData();
    form.append('kind', 'PHU_LUC');
    form.append('title', 'Phụ lục');
    for (const name of ['a.pdf', 'b.pdf']) form.append('file', new Blob([pdf(name)]), name);
    const two = await fetch(`${stack.api.baseUrl}/api/v1/nominations/${n.id}/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await stack.api.token(officer)}` },
      body: form,
    });
    const twoBody = (await two.json()) as { code: string; message: string };
    expect([two.status, twoBody.code, twoBody.message]).toEqual([400, 'VALIDATION_FAILED', 'Chỉ được gửi một tệp trong trường “file”.']);

    const after2: { n: string }[] = await stack.db.query(`SELECT count(*) AS n FROM document_versions`);
    expect(after2[0].n).toBe(before2[0].n);
    const after: { n: string }[] = await stack.db.query(`SELECT count(*) AS n FROM document_versions`);
    expect(Number(after[0].n)).toBe(Number(before[0].n) + 1); // the other dossier's own upload
  });

  it('the store: versions by document with who and when, a version in a rolled-back transaction leaves nothing', async () => {
    const n = await draft();
    const base = {
      nominationId: n.id,
      kind: 'PHU_LUC',
      title: 'Phụ lục',
      filename: 'pl.pdf',
      contentType: 'application/pdf',
      uploadedBy: officer,
    };
    const store = (v: Partial<typeof base> & { content: Buffer; documentId?: string }) =>
      stack.db.transaction((m) => storeDocumentVersion(m, { ...base, ...v }));
    const v1 = await store({ content: pdf('phụ lục 1') });
    const v2 = await store({ content: pdf('phụ lục 2') });
    const apart = await store({ title: 'Phụ lục khác', content: pdf('phụ lục 1') });
    const renamed = await store({ title: 'Phụ lục (sửa tên)', documentId: v1?.documentId, content: pdf('phụ lục 3') });
    expect(v2).toMatchObject({ documentId: v1?.documentId, version: 2 });
    expect(renamed).toMatchObject({ documentId: v1?.documentId, version: 3 });
    expect(apart).toMatchObject({ version: 1, sha256: v1?.sha256 });
    expect(apart?.documentId).not.toBe(v1?.documentId);

    const history = await documentVersionsOf(stack.db, n.id);
    expect(history.map((d) => d.versions.map((v) => [v.id, v.version]))).toEqual([
      [
        [v1?.id, 1],
        [v2?.id, 2],
        [renamed?.id, 3],
      ],
      [[apart?.id, 1]],
    ]);
    expect(history[0].versions[0]).toMatchObject({ uploadedBy: officer, filename: 'pl.pdf', uploadedAt: v1?.uploadedAt });
    // The unit reads an old version as it was; its block's leader not while it is a draft.
    const read = await stack.api.download(officer, `/documents/${v1?.id}`);
    expect([read.status, Buffer.from(read.bytes).equals(pdf('phụ lục 1'))]).toEqual([200, true]);
    expect((await stack.api.download('unit.BAO-TNMT', `/documents/${v1?.id}`)).status).toBe(404);

    const pdfs = new PgDocumentStore(stack.db);
    const refused = pdf(`bị từ chối ${n.id}`);
    await expect(
      stack.db.transaction(async (m) => {
        await storeDocumentVersion(m, { ...base, content: refused });
        throw new Error('refused later');
      }),
    ).rejects.toThrow('refused later');
    expect(await store({ documentId: n.id, content: refused })).toBeNull();
    expect(await pdfs.exists(sha256Of(refused))).toBe(false);
    expect((await documentVersionsOf(stack.db, n.id)).flatMap((d) => d.versions)).toHaveLength(4);
    expect((await pdfs.get(v1?.sha256 ?? ''))?.equals(pdf('phụ lục 1'))).toBe(true);
  });
});
