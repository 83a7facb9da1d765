import { describe, expect, it } from '@jest/globals';
import { ApiError } from '../common/api-error.js';
import { inspectUpload } from './inspect-upload.js';
import { docx, exe, jpeg, pdf, png, xlsx, zip } from './testing/files.js';

const MiB = 1024 * 1024;
const limits = { maxBytes: MiB, maxExpandedBytes: 4 * MiB };
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The refusal `inspectUpload` answers, as the client reads it. */
async function refusal(filename: string, content: Buffer) {
  const error = await inspectUpload(filename, content, limits).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`${filename} was taken (or failed otherwise: ${String(error)})`);
  return { status: error.getStatus(), code: error.body.code, message: error.body.message, field: error.body.errors?.[0]?.field };
}

describe('inspectUpload', () => {
  it.each([
    ['báo cáo thành tích.pdf', pdf('Báo cáo'), 'application/pdf'],
    ['SCAN.PDF', pdf('Bản quét'), 'application/pdf'],
    ['ảnh.png', png(), 'image/png'],
    ['chân dung.jpg', jpeg(), 'image/jpeg'],
    ['chân dung.jpeg', jpeg(), 'image/jpeg'],
    ['phụ lục.docx', docx(2000), DOCX],
    ['số liệu.xlsx', xlsx(2000), XLSX],
  ])('takes %s as %s, by its content', async (filename, content, mime) => {
    await expect(inspectUpload(filename, content, limits)).resolves.toBe(mime);
  });

  it('refuses an empty file, naming it', async () => {
    expect(await refusal('rỗng.pdf', Buffer.alloc(0))).toEqual({
      status: 400,
      code: 'FILE_EMPTY',
      message: 'Tệp “rỗng.pdf” rỗng.',
      field: 'file',
    });
  });

  it('refuses a file over the limit with 413', async () => {
    const tooLarge = Buffer.concat([pdf('lớn'), Buffer.alloc(MiB)]);
    expect(await refusal('lớn.pdf', tooLarge)).toEqual({
      status: 413,
      code: 'FILE_TOO_LARGE',
      message: 'Tệp “lớn.pdf” vượt quá dung lượng cho phép (1 MB).',
      field: 'file',
    });
  });

  it.each([
    ['a renamed executable', 'chương trình.pdf', exe()],
    ['plain text', 'ghi chú.pdf', Buffer.from('Chỉ là chữ, không phải PDF.')],
    ['a zip that is no office file', 'nén.docx', zip([{ name: 'a.txt', content: Buffer.from('a') }])],
  ])('refuses %s with 415 FILE_TYPE_NOT_ALLOWED', async (_what, filename, content) => {
    const r = await refusal(filename, content);
    expect(r).toMatchObject({ status: 415, code: 'FILE_TYPE_NOT_ALLOWED', field: 'file' });
    expect(r.message).toContain(`“${filename}”`);
  });

  it.each([
    ['a PDF named .png', 'ảnh.png', pdf('không phải ảnh')],
    ['a Word file named .xlsx', 'bảng.xlsx', docx(100)],
    ['a PNG named .jpg', 'ảnh.jpg', png()],
    ['a PDF without extension', 'báo cáo', pdf('x')],
    ['a PDF with an executable extension', 'báo cáo.exe', pdf('x')],
  ])('refuses %s with 415 FILE_TYPE_MISMATCH', async (_what, filename, content) => {
    const r = await refusal(filename, content);
    expect(r).toMatchObject({ status: 415, code: 'FILE_TYPE_MISMATCH', field: 'file' });
    expect(r.message).toContain(`“${filename}”`);
  });

  describe('office files are archives: refused with 422 FILE_ARCHIVE_TOO_LARGE when they expand past the limit', () => {
    it('a bomb: a few kilobytes that inflate to 6 MB', async () => {
      const bomb = docx(6 * MiB);
      expect(bomb.length).toBeLessThan(limits.maxBytes);
      const r = await refusal('bom.docx', bomb);
      expect(r).toEqual({
        status: 422,
        code: 'FILE_ARCHIVE_TOO_LARGE',
        message: 'Tệp “bom.docx” khi giải nén vượt quá 4 MB nên không được nhận.',
        field: 'file',
      });
    });

    it('a bomb whose headers lie about its size: counted while inflating', async () => {
      expect(await refusal('bom.docx', docx(6 * MiB, 100))).toMatchObject({ code: 'FILE_ARCHIVE_TOO_LARGE' });
    });

    it('headers that declare more than the limit', async () => {
      expect(await refusal('khai.docx', docx(100, 5 * MiB))).toMatchObject({ code: 'FILE_ARCHIVE_TOO_LARGE' });
    });

    it('parts each under the limit that pass it together', async () => {
      const strings = { name: 'xl/sharedStrings.xml', content: Buffer.alloc(3 * MiB, 0x20) };
      await expect(inspectUpload('bảng.xlsx', xlsx(100, [strings]), limits)).resolves.toBe(XLSX);
      const many = xlsx(3 * MiB, [strings]);
      expect(await refusal('bảng.xlsx', many)).toMatchObject({ code: 'FILE_ARCHIVE_TOO_LARGE' });
    });
  });
});
