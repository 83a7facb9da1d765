import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
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
} from '#domain';
import { CycleEntity } from '#persistence';
import { CycleCodeKey, cycleWorkflow, holdConferenceUpdate, type ConferenceSummary } from '#workflows';
import type { Repository } from 'typeorm';
import { rethrowAsHttp } from '../common/workflow-errors.js';
import { toCycleResponse, type CycleResponse } from './cycle.response.js';
import type { CreateCycleDto } from './dto/create-cycle.dto.js';

export const DEFAULT_REVISION_DAYS = 10;

@Injectable()
export class CyclesService {
  constructor(
    @InjectRepository(CycleEntity) private readonly cycles: Repository<CycleEntity>,
    private readonly temporal: Client,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
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
      createdBy: actor.username,
      createdAt: new Date(),
    });
    await this.cycles.insert(cycle);
    try {
      await this.temporal.workflow.start(cycleWorkflow, {
        workflowId: cycle.workflowId,
        taskQueue: this.config.temporal.taskQueue,
        args: [{ cycleCode: cycle.code }],
        typedSearchAttributes: [{ key: CycleCodeKey, value: cycle.code }],
      });
    } catch (err) {
      await this.cycles.delete({ code: cycle.code });
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
      return await this.temporal.workflow.getHandle(cycle.workflowId).executeUpdate(holdConferenceUpdate, { args: [{ actor }] });
    } catch (err) {
      rethrowAsHttp(err, `Cycle ${code}`);
    }
  }
}
