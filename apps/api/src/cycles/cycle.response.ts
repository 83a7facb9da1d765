import { EligibilityStandardDto, RequiredDocumentDto } from './dto/create-cycle.dto.js';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import {
  APPROVAL_RULES,
  formatHanoiDateTime,
  hanoiDayOf,
  MOVABLE_DATES,
  NOMINATION_STAGES,
  NOMINATION_STATUSES,
  type ApprovalRule,
  type ConferenceSummary,
  type CycleCalendar,
  type MovableDate,
} from '#domain';
import type { CycleEntity, CycleSummary } from '#persistence';
import { NomineeResponse } from '../nominations/nomination.response.js';

const CALENDAR = [
  'periodFrom',
  'periodTo',
  'submissionCutoff',
  'blockReviewTarget',
  'councilVoteTarget',
  'decisionTarget',
  'conferenceDate',
] as const;

/** The cycle's calendar read in Hanoi (dd/MM/yyyy HH:mm). */
@ApiSchema({ name: 'CycleCalendarHanoi' })
export class CycleCalendarHanoiResponse implements Record<(typeof CALENDAR)[number], string> {
  @ApiProperty({ example: '01/01/2016 00:00' }) periodFrom: string;
  @ApiProperty({ example: '31/03/2018 00:00' }) periodTo: string;
  @ApiProperty({ example: '29/04/2018 00:00' }) submissionCutoff: string;
  @ApiProperty() blockReviewTarget: string;
  @ApiProperty() councilVoteTarget: string;
  @ApiProperty() decisionTarget: string;
  @ApiProperty({ example: '08/06/2018 08:00' }) conferenceDate: string;
}

/** A cycle as the API shows it: instants in ISO 8601 (UTC), and the same calendar as read in Hanoi. */
@ApiSchema({ name: 'Cycle' })
export class CycleResponse implements CycleCalendar {
  @ApiProperty({ example: 'SK-2016-2018' }) code: string;
  @ApiProperty() title: string;
  @ApiProperty({ example: 'Kế hoạch số 02/KH-BTNMT ngày 26/03/2018' }) planReference: string;
  @ApiProperty({ format: 'date-time' }) periodFrom: string;
  @ApiProperty({ format: 'date-time' }) periodTo: string;
  @ApiProperty({ format: 'date-time' }) submissionCutoff: string;
  @ApiProperty({ format: 'date-time' }) blockReviewTarget: string;
  @ApiProperty({ format: 'date-time' }) councilVoteTarget: string;
  @ApiProperty({ format: 'date-time' }) decisionTarget: string;
  @ApiProperty({ format: 'date-time' }) conferenceDate: string;
  @ApiProperty({ type: CycleCalendarHanoiResponse }) calendarHanoi: CycleCalendarHanoiResponse;
  @ApiProperty({ description: '1, then one more each time the dates move (GET /cycles/:code/events tells who moved them and why)' })
  calendarVersion: number;
  @ApiProperty({ example: 'Asia/Ho_Chi_Minh' }) timeZone: string;
  @ApiProperty({ description: 'Before the cutoff and the cycle not closed by its conference' }) submissionsOpen: boolean;
  @ApiProperty() quota: number;
  @ApiProperty({ enum: APPROVAL_RULES, enumName: 'ApprovalRule' }) approvalRule: ApprovalRule;
  @ApiProperty({ example: 'Ít nhất hai phần ba tổng số thành viên Hội đồng tham gia bỏ phiếu' }) quorumRule: string;
  @ApiProperty({
    enum: ['SESSIONS', 'PER_NOMINATION'],
    description: 'SESSIONS: the council votes in sessions on a list and the minister signs one decision; PER_NOMINATION: the old way',
  })
  councilProcess: 'SESSIONS' | 'PER_NOMINATION';
  @ApiProperty({ enum: ['AS_NOT_AGREEING', 'EXCLUDED'], description: 'How a recused member counts toward the threshold' })
  recusalCounting: string;
  @ApiProperty({ type: [RequiredDocumentDto], description: 'Documents every dossier must have to be submitted' })
  requiredDocuments: RequiredDocumentDto[];
  @ApiProperty({
    type: EligibilityStandardDto,
    nullable: true,
    description: 'What the award history must show of a nominee at submission; null: nothing is checked',
  })
  eligibility: EligibilityStandardDto | null;
  @ApiProperty() maxChangeRounds: number;
  @ApiProperty() revisionDays: number;
  @ApiProperty({ example: 'QĐ-BTNMT' }) decisionSuffix: string;
  @ApiProperty() workflowId: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) conferenceHeldAt: string | null;
  @ApiProperty({ type: String, nullable: true }) conferenceHeldBy: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The day (Hanoi) the conference was actually held' })
  conferenceHeldOn: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Where it was held, as the standing office recorded it' })
  conferencePlace: string | null;
  @ApiProperty() createdBy: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

/** A cycle as the API shows it: instants in ISO 8601 (UTC), and the same calendar as read in Hanoi. */
export function toCycleResponse(cycle: CycleEntity, now = new Date()): CycleResponse {
  const calendar = Object.fromEntries(CALENDAR.map((k) => [k, cycle[k].toISOString()])) as Record<(typeof CALENDAR)[number], string>;
  const calendarHanoi = Object.fromEntries(CALENDAR.map((k) => [k, formatHanoiDateTime(cycle[k])])) as Record<
    (typeof CALENDAR)[number],
    string
  >;
  return {
    code: cycle.code,
    title: cycle.title,
    planReference: cycle.planReference,
    ...calendar,
    calendarHanoi,
    calendarVersion: cycle.calendarVersion,
    timeZone: cycle.timeZone,
    submissionsOpen: now < cycle.submissionCutoff && cycle.conferenceHeldAt === null,
    quota: cycle.quota,
    approvalRule: cycle.approvalRule as ApprovalRule,
    quorumRule: 'Ít nhất hai phần ba tổng số thành viên Hội đồng tham gia bỏ phiếu',
    councilProcess: cycle.councilProcess,
    recusalCounting: cycle.recusalCounting,
    requiredDocuments: cycle.requiredDocuments ?? [],
    eligibility: cycle.eligibility,
    maxChangeRounds: cycle.maxChangeRounds,
    revisionDays: cycle.revisionDays,
    decisionSuffix: cycle.decisionSuffix,
    workflowId: cycle.workflowId,
    conferenceHeldAt: cycle.conferenceHeldAt?.toISOString() ?? null,
    conferenceHeldBy: cycle.conferenceHeldBy,
    conferenceHeldOn: cycle.conferenceHeldOn ? hanoiDayOf(cycle.conferenceHeldOn) : null,
    conferencePlace: cycle.conferencePlace,
    createdBy: cycle.createdBy,
    createdAt: cycle.createdAt.toISOString(),
  };
}

/** What a conference did: who recorded it when, how many were honoured on stage and recognised beyond the quota. */
@ApiSchema({ name: 'ConferenceSummary' })
export class ConferenceSummaryResponse implements ConferenceSummary {
  @ApiProperty() cycleCode: string;
  @ApiProperty({ format: 'date-time' }) heldAt: string;
  @ApiProperty() heldBy: string;
  @ApiProperty() honoured: number;
  @ApiProperty() recognised: number;
  @ApiPropertyOptional({ format: 'date', description: 'The day (Hanoi) it was held; absent when the calendar held it' }) heldOn?: string;
  @ApiPropertyOptional() place?: string;
}

/** The answer to moving a cycle's dates: which moved, the calendar version now in force, and the cycle. */
@ApiSchema({ name: 'CalendarMoveResult' })
export class CalendarMoveResponse {
  @ApiProperty({ enum: MOVABLE_DATES, enumName: 'MovableDate', isArray: true, description: 'Empty when nothing changed (a retry)' })
  changed: MovableDate[];
  @ApiProperty() calendarVersion: number;
  @ApiProperty({ type: CycleResponse }) cycle: CycleResponse;
}

/** One fact of a cycle's own stream; `data` depends on `type`. */
@ApiSchema({ name: 'CycleEvent' })
export class CycleEventResponse {
  @ApiProperty({ description: '1, 2, 3 … per cycle' }) version: number;
  @ApiProperty({ enum: ['CycleCalendarMoved', 'SubmissionsClosed', 'ConferenceHeld', 'CycleClosed'], enumName: 'CycleEventType' })
  type: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ description: 'Username, or "system"' }) actor: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The facts of the event; depends on type' })
  data: object;
}

@ApiSchema({ name: 'MissingUnit' })
export class MissingUnitResponse {
  @ApiProperty({ example: 'BQLDA-DTXD' }) code: string;
  @ApiProperty({ example: 'Ban Quản lý Dự án Đầu tư và Xây dựng' }) name: string;
  @ApiProperty({ enum: ['MINISTRY_UNIT', 'PROVINCIAL_DEPARTMENT'], enumName: 'UnitKind' }) kind: string;
  @ApiProperty({ example: 'KHOI-VI' }) blockCode: string;
  @ApiProperty({ example: 'Khối thi đua số VI' }) blockName: string;
  @ApiProperty() email: string;
}

/** Units that have submitted nothing to the cycle (so far, or by its cutoff). */
@ApiSchema({ name: 'MissingUnits' })
export class MissingUnitsResponse {
  @ApiProperty() cycleCode: string;
  @ApiProperty({ format: 'date-time' }) submissionCutoff: string;
  @ApiProperty({ description: 'Before the cutoff and the cycle not closed by its conference' }) submissionsOpen: boolean;
  @ApiProperty({ type: [MissingUnitResponse] }) units: MissingUnitResponse[];
}

@ApiSchema({ name: 'HonourListEntry' })
export class HonourListEntryResponse {
  @ApiProperty({ format: 'uuid' }) nominationId: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Rank at the conference; null when recognised without a place' })
  rank: number | null;
  @ApiProperty({ type: String, nullable: true }) certificateNumber: string | null;
  @ApiProperty({ type: NomineeResponse }) nominee: NomineeResponse;
  @ApiProperty() unitCode: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ type: String, nullable: true }) decisionNumber: string | null;
  @ApiProperty({ type: String, nullable: true }) decisionSignature: string | null;
}

/** The honoured in rank order, and those recognised without a place on stage. */
@ApiSchema({ name: 'HonourList' })
export class HonourListResponse {
  @ApiProperty() cycleCode: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date-time' }) conferenceDate: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) conferenceHeldAt: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The day (Hanoi) it was actually held' })
  conferenceHeldOn: string | null;
  @ApiProperty({ type: String, nullable: true }) conferencePlace: string | null;
  @ApiProperty() quota: number;
  @ApiProperty({ type: [HonourListEntryResponse] }) honoured: HonourListEntryResponse[];
  @ApiProperty({ type: [HonourListEntryResponse] }) recognised: HonourListEntryResponse[];
}

@ApiSchema({ name: 'StageCount' })
export class StageCountResponse {
  @ApiProperty({ enum: NOMINATION_STAGES, enumName: 'NominationStage' }) stage: string;
  @ApiProperty() count: number;
}

@ApiSchema({ name: 'StatusCount' })
export class StatusCountResponse {
  @ApiProperty({ enum: NOMINATION_STATUSES, enumName: 'NominationStatus' }) status: string;
  @ApiProperty() count: number;
}

@ApiSchema({ name: 'BlockCount' })
export class BlockCountResponse {
  @ApiProperty() blockCode: string;
  @ApiProperty() count: number;
}

/** Where a cycle's nominations stand. */
@ApiSchema({ name: 'CycleSummary' })
export class CycleSummaryResponse implements CycleSummary {
  @ApiProperty() total: number;
  @ApiProperty({ type: [StageCountResponse], description: 'Nominations in progress, by stage' }) byStage: StageCountResponse[];
  @ApiProperty({ type: [StatusCountResponse] }) byStatus: StatusCountResponse[];
  @ApiProperty({ type: [BlockCountResponse] }) byBlock: BlockCountResponse[];
}
