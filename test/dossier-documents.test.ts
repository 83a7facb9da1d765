// A unit's documents are real files: uploaded to its draft, checked by their content, kept in
// PostgreSQL once per content, every version kept, read back byte for byte by those who read the
// dossier, refused to anyone else; and a refused upload leaves nothing. Against the real stack.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { crc32, deflateRawSync } from 'node:zlib';
import type { NominationView } from '#domain';
import { startStack, type Stack } from './support/stack.js';
import { createCycle, dossier, expectStatus } from './support/scenario.js';

const CYCLE = 'T-DOSSIER-FILES';
const UNIT = 'BQLDA-DTXD';
const REQUIRED = [
  { kind: 'BAO_CAO_THANH_TICH', title: 'Báo cáo thành tích' },
  { kind: 'BIEN_BAN_BINH_XET', title: 'Biên bản họp bình xét của đơn vị' },
];

/** A small real PDF (its text is the achievement report's title). */
function pdf(text: string): Uint8Array {
  return new TextEncoder().encode(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj ` +
      `3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );
}

/** A zip of these entries (deflated), as office files are. */
function zip(entries: [string, Buffer][]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [entryName, raw] of entries) {
    const name = Buffer.from(entryName);
    const data = deflateRawSync(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(raw), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(raw), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A Word document whose body inflates to `size` bytes: an archive bomb once large enough. */
function docx(size: number): Uint8Array {
  const types =
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
  return zip([
    ['[Content_Types].xml', Buffer.from(types)],
    ['word/document.xml', Buffer.alloc(size, 0x20)],
  ]);
}

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
    stack.api.upload<NominationView & { code: string; message: string }>(
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
      ['chuong-trinh.pdf', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]), 415, 'FILE_TYPE_NOT_ALLOWED'],
      ['anh.png', pdf('không phải ảnh'), 415, 'FILE_TYPE_MISMATCH'],
      ['bom.docx', docx(6 * 1024 * 1024), 422, 'FILE_ARCHIVE_TOO_LARGE'],
      ['lon.pdf', Buffer.concat([pdf('lớn'), Buffer.alloc(1024 * 1024)]), 413, 'FILE_TOO_LARGE'],
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
    const foreign = await upload(n.id, 'BAO_CAO_THANH_TICH', 'Báo cáo thành tích', 'bc.pdf', pdf('x'), 'unit.TAPCHI-TNMT');
    expect(foreign.status).toBe(404);
    const after: { n: string }[] = await stack.db.query(`SELECT count(*) AS n FROM document_versions`);
    expect(after[0].n).toBe(before[0].n);
  });
});
