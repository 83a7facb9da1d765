import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { formatHanoiDate, formatHanoiDateTime } from '#domain';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Role, type Actor } from '#domain';
import type { ConferenceSummary } from '#workflows';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { toCycleResponse, type CycleResponse } from './cycle.response.js';
import { CyclesService } from './cycles.service.js';
import { csvDownload } from '../common/csv.js';
import { CycleCodePipe } from '../common/validators.js';
import { CreateCycleDto } from './dto/create-cycle.dto.js';
import { ExportQuery } from './dto/export.query.js';
import { MoveCalendarDto } from './dto/move-calendar.dto.js';

@ApiTags('cycles')
@ApiBearerAuth()
@Controller('cycles')
export class CyclesController {
  constructor(private readonly cycles: CyclesService) {}

  @Post()
  @Roles(Role.ADMIN)
  create(@Body() body: CreateCycleDto, @CurrentActor() actor: Actor): Promise<CycleResponse> {
    return this.cycles.create(body, actor);
  }

  @Get()
  list(): Promise<CycleResponse[]> {
    return this.cycles.list();
  }

  @Get(':code')
  async get(@Param('code', CycleCodePipe) code: string): Promise<CycleResponse> {
    return toCycleResponse(await this.cycles.get(code));
  }

  /** Records the cycle's conference as held (standing office). */
  @Post(':code/conference')
  @HttpCode(200)
  @Roles(Role.STANDING_OFFICE)
  holdConference(@Param('code', CycleCodePipe) code: string, @CurrentActor() actor: Actor): Promise<ConferenceSummary> {
    return this.cycles.holdConference(code, actor);
  }

  /** Moves the cycle's dates (lùi thời hạn): admin or standing office, with a reason. */
  @Post(':code/schedule')
  @HttpCode(200)
  @Roles(Role.ADMIN, Role.STANDING_OFFICE)
  moveCalendar(@Param('code', CycleCodePipe) code: string, @Body() body: MoveCalendarDto, @CurrentActor() actor: Actor) {
    return this.cycles.moveCalendar(code, body, actor);
  }

  @Get(':code/events')
  events(@Param('code', CycleCodePipe) code: string) {
    return this.cycles.events(code);
  }

  /** Units that have submitted nothing; `?format=csv` for the spreadsheet the ministry publishes. */
  @Get(':code/missing-units')
  async missingUnits(@Param('code', CycleCodePipe) code: string, @Query() query: ExportQuery, @Res({ passthrough: true }) res: Response) {
    const list = await this.cycles.missingUnits(code);
    if (query.format !== 'csv') return list;
    return csvDownload(
      res,
      `don-vi-chua-nop-${code}.csv`,
      `Danh sách đơn vị chưa nộp hồ sơ – đợt ${code} – hạn trước ${formatHanoiDateTime(list.submissionCutoff)} (giờ Hà Nội)`,
      ['STT', 'Mã đơn vị', 'Tên đơn vị', 'Khối/Cụm thi đua', 'Email'],
      list.units.map((u, i) => [i + 1, u.code, u.name, u.blockName, u.email]),
    );
  }

  /** The honour list the Ministry publishes after the conference; `?format=csv` for the spreadsheet. */
  @Get(':code/honour-list')
  async honourList(@Param('code', CycleCodePipe) code: string, @Query() query: ExportQuery, @Res({ passthrough: true }) res: Response) {
    const list = await this.cycles.honourList(code);
    if (query.format !== 'csv') return list;
    const yes = (b: boolean) => (b ? 'Có' : 'Không');
    return csvDownload(
      res,
      `danh-sach-bieu-duong-${code}.csv`,
      `Danh sách điển hình tiên tiến được biểu dương – ${list.title}` +
        (list.conferenceHeldAt ? ` – hội nghị ngày ${formatHanoiDate(list.conferenceDate)}` : ' – hội nghị chưa tổ chức'),
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
}
