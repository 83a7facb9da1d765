import { HttpStatus, Injectable } from '@nestjs/common';
import { CALENDAR_DATE_LABELS, MOVABLE_DATES, type Actor } from '#domain';
import { moveCalendarUpdate } from '#workflows';
import { ApiError } from '../../common/api-error.js';
import { WorkflowGateway } from '../../common/workflow-gateway.js';
import { toCycleResponse, type CalendarMoveResponse } from '../cycle.response.js';
import type { MoveCalendarDto } from '../dto/move-calendar.dto.js';
import { GetCycleUseCase } from './get-cycle.use-case.js';

export interface MoveCalendarCommand {
  cycleCode: string;
  move: MoveCalendarDto;
  actor: Actor;
}

/**
 * Lùi thời hạn: the cycle's workflow checks and moves the dates, records who, when, old,
 * new and why, and re-plans every running nomination. The same request again changes nothing.
 */
@Injectable()
export class MoveCalendarUseCase {
  constructor(
    private readonly getCycle: GetCycleUseCase,
    private readonly workflows: WorkflowGateway,
  ) {}

  async execute({ cycleCode: code, move, actor }: MoveCalendarCommand): Promise<CalendarMoveResponse> {
    const cycle = await this.getCycle.execute(code);
    const { reason, reopen, ...dates } = move;
    // Only the dates actually given: absent properties of the DTO are undefined, not missing.
    const changes = Object.fromEntries(Object.entries(dates).filter(([, v]) => v !== undefined));
    if (Object.keys(changes).length === 0) {
      const message = `Cần điều chỉnh ít nhất một trong các thời hạn: ${MOVABLE_DATES.map((d) => CALENDAR_DATE_LABELS[d].toLowerCase()).join(', ')}.`;
      // Beside each date a form shows.
      const errors = MOVABLE_DATES.map((field) => ({ field, code: 'atLeastOne', message }));
      throw new ApiError(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', `Dữ liệu không hợp lệ: ${message}`, errors);
    }
    const moved = await this.workflows.update(cycle.workflowId, moveCalendarUpdate, [{ actor, changes, reason, reopen }], {
      what: `Đợt ${code}`,
    });
    return { changed: moved.changed, calendarVersion: moved.calendarVersion, cycle: toCycleResponse(await this.getCycle.execute(code)) };
  }
}
