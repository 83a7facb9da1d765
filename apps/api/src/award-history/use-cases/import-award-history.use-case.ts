import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { checkAwardRows, hanoiDayOf, MAX_AWARD_ROWS, type Actor } from '#domain';
import { allUnitCodes, importAwards } from '#persistence';
import type { DataSource } from 'typeorm';
import { ApiError } from '../../common/api-error.js';
import type { AwardImportResultResponse } from '../award-history.response.js';
import { importInvalid, readAwardRows } from '../award-workbook.js';

export interface AwardUpload {
  /** As multer gives it: the name in latin1 (a browser sends UTF-8 bytes), the content in memory. */
  file: { originalname: string; buffer: Buffer } | undefined;
  actor: Actor;
}

/**
 * Imports an award-history spreadsheet as a whole: every row is checked first, and one bad row
 * refuses the file (422 naming every bad row and column); nothing is written unless all are good.
 * Rows the history already has are left as they were.
 */
@Injectable()
export class ImportAwardHistoryUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ file, actor }: AwardUpload): Promise<AwardImportResultResponse> {
    if (!file) {
      const message = 'Vui lòng chọn tệp lịch sử khen thưởng (.xlsx) để tải lên.';
      throw new ApiError(HttpStatus.BAD_REQUEST, 'FILE_REQUIRED', message, [{ field: 'file', code: 'FILE_REQUIRED', message }]);
    }
    const filename = Buffer.from(file.originalname, 'latin1').toString('utf8').normalize('NFC');
    if (file.buffer.length === 0) {
      const message = `Tệp “${filename}” rỗng.`;
      throw new ApiError(HttpStatus.BAD_REQUEST, 'FILE_EMPTY', message, [{ field: 'file', code: 'FILE_EMPTY', message }]);
    }
    const rows = await readAwardRows(filename, file.buffer);
    if (rows.length > MAX_AWARD_ROWS) {
      throw importInvalid(
        [
          {
            field: 'rows',
            row: MAX_AWARD_ROWS + 2,
            column: 'Cả dòng',
            code: 'TOO_MANY_ROWS',
            message: `Tệp có quá ${MAX_AWARD_ROWS} dòng.`,
          },
        ],
        `Tệp “${filename}” có ${rows.length} dòng, quá ${MAX_AWARD_ROWS} dòng cho một lần nhập. Xin vui lòng chia thành nhiều tệp.`,
      );
    }
    const context = { unitCodes: new Set(await allUnitCodes(this.dataSource)), today: hanoiDayOf(new Date()), source: filename };
    const { records, problems } = checkAwardRows(rows, context);
    if (problems.length > 0) {
      const badRows = [...new Set(problems.map((p) => p.row))];
      const listed = badRows.length > 10 ? `${badRows.slice(0, 10).join(', ')}…` : badRows.join(', ');
      throw importInvalid(
        problems,
        `Tệp “${filename}” có ${badRows.length} dòng chưa hợp lệ (dòng ${listed}); chưa dòng nào được nhập. Xin vui lòng sửa các dòng này rồi tải lên lại toàn bộ tệp.`,
      );
    }
    if (records.length === 0) {
      throw importInvalid(
        [{ field: 'rows', row: 2, column: 'Cả dòng', code: 'NO_ROWS', message: 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.' }],
        `Tệp “${filename}” không có dòng dữ liệu nào; chưa dòng nào được nhập.`,
      );
    }
    return importAwards(this.dataSource, records, actor.username);
  }
}
