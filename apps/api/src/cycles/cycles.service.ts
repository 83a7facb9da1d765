import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { Inject } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '#config';
import {
  ApprovalRule,
  calendarProblems,
  cycleWorkflowId,
  DEFAULT_DECISION_SUFFIX,
  DEFAULT_MAX_CHANGE_ROUNDS,
  HANOI_TIME_ZONE,
  type Actor,
  type NominationView,
} from '#domain';
import { calendarOf, CycleEntity } from '#persistence';
import { CycleCodeKey, cycleWorkflow, holdConferenceUpdate, moveCalendarUpdate, type ConferenceSummary } from '#workflows';
import type { MoveCalendarDto } from './dto/move-calendar.dto.js';
import type { DataSource, Repository } from 'typeorm';
import { InjectDataSource } from '@nestjs/typeorm';
import { answerWithin, rethrowAsHttp } from '../common/workflow-errors.js';
import { toCycleResponse, type CycleResponse } from './cycle.response.js';
import type { CreateCycleDto } from './dto/create-cycle.dto.js';

export const DEFAULT_REVISION_DAYS = 10;

@Injectable()
export class CyclesService {
  constructor(
    @InjectRepository(CycleEntity) private readonly cycles: Repository<CycleEntity>,
    private readonly temporal: Client,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Creates the cycle and starts its workflow; if the workflow cannot start, nothing is kept. */
  async create(dto: CreateCycleDto, actor: Actor): Promise<CycleResponse> {
    const problems = calendarProblems(dto);
    if (problems.length) throw new BadRequestException(problems);
    if (await this.cycles.existsBy({ code: dto.code })) throw new ConflictException(`Cycle ${dto.code} already exists`);

    const cycle = this.cycles.create({
      code: dto.code,
      title: dto.title,
      planReference: dto.planReference,
      periodFrom: new Date(dto.periodFrom),
      periodTo: new Date(dto.periodTo),
      submissionCutoff: new Date(dto.submissionCutoff),
      blockReviewTarget: new Date(dto.blockReviewTarget),
      councilVoteTarget: new Date(dto.councilVoteTarget),
      decisionTarget: new Date(dto.decisionTarget),
      conferenceDate: new Date(dto.conferenceDate),
      quota: dto.quota,
      approvalRule: dto.approvalRule ?? ApprovalRule.MAJORITY_OF_MEMBERS,
      maxChangeRounds: dto.maxChangeRounds ?? DEFAULT_MAX_CHANGE_ROUNDS,
      revisionDays: dto.revisionDays ?? DEFAULT_REVISION_DAYS,
      decisionSuffix: dto.decisionSuffix ?? DEFAULT_DECISION_SUFFIX,
      timeZone: HANOI_TIME_ZONE,
      workflowId: cycleWorkflowId(dto.code),
      conferenceHeldAt: null,
      conferenceHeldBy: null,
      calendarVersion: 1,
      createdBy: actor.username,
      createdAt: new Date(),
    });
    try {
      await this.cycles.insert(cycle);
    } catch (err) {
      // Two creations of the same code at once: the second loses on the primary key.
      if ((err as { driverError?: { code?: string } }).driverError?.code === '23505')
        throw new ConflictException(`Cycle ${dto.code} already exists`);
      throw err;
    }
    try {
      await this.temporal.workflow.start(cycleWorkflow, {
        workflowId: cycle.workflowId,
        taskQueue: this.config.temporal.taskQueue,
        args: [
          {
            cycleCode: cycle.code,
            calendar: calendarOf(cycle),
            calendarVersion: 1,
            createdAt: cycle.createdAt.toISOString(),
          },
        ],
        typedSearchAttributes: [{ key: CycleCodeKey, value: cycle.code }],
      });
    } catch (err) {
      // Keep the row if the workflow exists after all; otherwise nothing of the cycle is kept.
      if (!(err instanceof WorkflowExecutionAlreadyStartedError)) await this.cycles.delete({ code: cycle.code });
      throw err;
    }
    return toCycleResponse(cycle);
  }

  async list(): Promise<CycleResponse[]> {
    const cycles = await this.cycles.find({ order: { submissionCutoff: 'DESC' } });
    return cycles.map((c) => toCycleResponse(c));
  }

  async get(code: string): Promise<CycleEntity> {
    const cycle = await this.cycles.findOne({ where: { code } });
    if (!cycle) throw new NotFoundException(`No cycle with code ${code}`);
    return cycle;
  }

  /** The standing office records the conference as held: approved nominations are honoured within the quota. */
  async holdConference(code: string, actor: Actor): Promise<ConferenceSummary> {
    const cycle = await this.get(code);
    try {
      return await answerWithin(this.temporal, () =>
        this.temporal.workflow.getHandle(cycle.workflowId).executeUpdate(holdConferenceUpdate, { args: [{ actor }] }),
      );
    } catch (err) {
      rethrowAsHttp(err, `Cycle ${code}`);
    }
  }

  /**
   * Lùi thời hạn: the cycle's workflow checks and moves the dates, records who, when, old,
   * new and why, and re-plans every running nomination. The same request again changes nothing.
   */
  async moveCalendar(code: string, dto: MoveCalendarDto, actor: Actor) {
    const cycle = await this.get(code);
    const { reason, reopen, ...dates } = dto;
    // Only the dates actually given: absent properties of the DTO are undefined, not missing.
    const changes = Object.fromEntries(Object.entries(dates).filter(([, v]) => v !== undefined));
    if (Object.keys(changes).length === 0) {
      throw new BadRequestException([
        'give at least one of submissionCutoff, blockReviewTarget, councilVoteTarget, decisionTarget, conferenceDate',
      ]);
    }
    try {
      const moved = await answerWithin(this.temporal, () =>
        this.temporal.workflow
          .getHandle(cycle.workflowId)
          .executeUpdate(moveCalendarUpdate, { args: [{ actor, changes, reason, reopen }] }),
      );
      return { changed: moved.changed, calendarVersion: moved.calendarVersion, cycle: toCycleResponse(await this.get(code)) };
    } catch (err) {
      rethrowAsHttp(err, `Cycle ${code}`);
    }
  }

  /** The cycle's own stream: calendar moves (who, when, old, new, why), the cutoff, the conference. */
  async events(code: string) {
    await this.get(code);
    const rows: { version: number; type: string; occurred_at: Date; actor: string; data: unknown }[] = await this.dataSource.query(
      'SELECT version, type, occurred_at, actor, data FROM cycle_events WHERE cycle_code = $1 ORDER BY version',
      [code],
    );
    return rows.map((r) => ({ version: r.version, type: r.type, occurredAt: r.occurred_at.toISOString(), actor: r.actor, data: r.data }));
  }

  /** Units that have submitted nothing to the cycle (so far, or by its cutoff). */
  async missingUnits(code: string) {
    const cycle = await this.get(code);
    const units: { code: string; name: string; kind: string; block_code: string; block_name: string; email: string }[] =
      await this.dataSource.query(
        `SELECT u.code, u.name, u.kind, u.block_code, b.name AS block_name, u.email FROM units u JOIN blocks b ON b.code = u.block_code
         WHERE NOT EXISTS (SELECT 1 FROM nominations n WHERE n.cycle_code = $1 AND n.unit_code = u.code)
         ORDER BY u.block_code, u.code`,
        [code],
      );
    return {
      cycleCode: code,
      submissionCutoff: cycle.submissionCutoff.toISOString(),
      submissionsOpen: new Date() < cycle.submissionCutoff,
      units: units.map((u) => ({
        code: u.code,
        name: u.name,
        kind: u.kind,
        blockCode: u.block_code,
        blockName: u.block_name,
        email: u.email,
      })),
    };
  }

  /** Honoured nominations in rank order (and those recognised without a place on stage). */
  async honourList(code: string) {
    const cycle = await this.get(code);
    const rows: { view: NominationView; unit_name: string }[] = await this.dataSource.query(
      `SELECT n.view, u.name AS unit_name FROM nominations n JOIN units u ON u.code = n.unit_code
       WHERE n.cycle_code = $1 AND n.status IN ('HONOURED', 'RECOGNISED')
       ORDER BY (n.view->>'conferenceRank')::int NULLS LAST, n.submitted_at`,
      [code],
    );
    const entry = ({ view, unit_name }: { view: NominationView; unit_name: string }) => ({
      nominationId: view.id,
      rank: view.conferenceRank,
      certificateNumber: view.certificateNumber,
      nominee: view.nominee,
      unitCode: view.unitCode,
      unitName: unit_name,
      decisionNumber: view.decisionNumber,
      decisionSignature: view.decisionSignature,
    });
    return {
      cycleCode: code,
      title: cycle.title,
      conferenceDate: cycle.conferenceDate.toISOString(),
      conferenceHeldAt: cycle.conferenceHeldAt?.toISOString() ?? null,
      quota: cycle.quota,
      honoured: rows.filter((r) => r.view.status === 'HONOURED').map(entry),
      recognised: rows.filter((r) => r.view.status === 'RECOGNISED').map(entry),
    };
  }
}
