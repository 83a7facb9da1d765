import type { Response } from 'express';
import { formatDay, formatHanoiDateTime } from '#domain';
import { csvDownload } from '../common/csv.js';
import type { HonourListUseCase } from './use-cases/honour-list.use-case.js';
import type { MissingUnitsUseCase } from './use-cases/missing-units.use-case.js';

/** The lists the Ministry publishes, as the spreadsheets it publishes them in (Vietnamese headings, Hanoi time). */

export function missingUnitsCsv(res: Response, list: Awaited<ReturnType<MissingUnitsUseCase['execute']>>): string {
  return csvDownload(
    res,
    `don-vi-chua-nop-${list.cycleCode}.csv`,
    `Danh sách đơn vị chưa nộp hồ sơ – đợt ${list.cycleCode} – hạn trước ${formatHanoiDateTime(list.submissionCutoff)} (giờ Hà Nội)`,
    ['STT', 'Mã đơn vị', 'Tên đơn vị', 'Khối/Cụm thi đua', 'Email'],
    list.units.map((u, i) => [i + 1, u.code, u.name, u.blockName, u.email]),
  );
}

export function honourListCsv(res: Response, list: Awaited<ReturnType<HonourListUseCase['execute']>>): string {
  const yes = (b: boolean) => (b ? 'Có' : 'Không');
  return csvDownload(
    res,
    `danh-sach-bieu-duong-${list.cycleCode}.csv`,
    `Danh sách điển hình tiên tiến được biểu dương – ${list.title}` +
      (list.conferenceHeldOn
        ? ` – hội nghị tổ chức ngày ${formatDay(list.conferenceHeldOn)}${list.conferencePlace ? ` tại ${list.conferencePlace}` : ''}`
        : ' – hội nghị chưa tổ chức'),
    [
      'STT',
      'Số giấy chứng nhận',
      'Cá nhân / Tập thể',
      'Loại',
      'Chức vụ',
      'Đơn vị',
      'Lĩnh vực',
      'Vùng sâu, vùng xa, biên giới, hải đảo',
      'Quyết định công nhận',
    ],
    list.honoured.map((h) => [
      h.rank,
      h.certificateNumber,
      h.nominee.fullName,
      h.nominee.kind === 'INDIVIDUAL' ? 'Cá nhân' : 'Tập thể',
      h.nominee.position ?? '',
      h.unitName,
      h.nominee.field,
      yes(h.nominee.remoteArea),
      h.decisionNumber,
    ]),
  );
}
