import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import {
  ApprovalRule,
  calendarProblems,
  cycleWorkflowId,
  DEFAULT_DECISION_SUFFIX,
  DEFAULT_MAX_CHANGE_ROUNDS,
  eligibilityStandardProblems,
  HANOI_TIME_ZONE,
  RecusalCounting,
  validateSpreadRules,
  type Actor,
} from '#domain';
import { calendarOf, CycleEntity, nameDefaultCouncil } from '#persistence';
import { CycleCodeKey, cycleWorkflow } from '#workflows';
import type { Repository } from 'typeorm';
import { ApiError, invalidFields } from '../../common/api-error.js';
import { WorkflowGateway } from '../../common/workflow-gateway.js';
import { toCycleResponse, type CycleResponse } from '../cycle.response.js';
import type { CreateCycleDto } from '../dto/create-cycle.dto.js';

export const DEFAULT_REVISION_DAYS = 10;

/** Creates the cycle and starts its workflow; if the workflow cannot start, nothing is kept. */
@Injectable()
export class CreateCycleUseCase {
  constructor(
    @InjectRepository(CycleEntity) private readonly cycles: Repository<CycleEntity>,
    private readonly workflows: WorkflowGateway,
  ) {}

  async execute({ cycle: dto, actor }: { cycle: CreateCycleDto; actor: Actor }): Promise<CycleResponse> {
    const problems = [...calendarProblems(dto), ...(dto.eligibility ? eligibilityStandardProblems(dto.eligibility) : [])];
    if (problems.length) throw invalidFields(problems);
    if (await this.cycles.existsBy({ code: dto.code })) throw alreadyExists(dto.code);

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
      councilProcess: dto.councilProcess ?? 'SESSIONS',
      recusalCounting: dto.recusalCounting ?? RecusalCounting.AS_NOT_AGREEING,
      spreadRules: { ...(dto.spreadRules ?? {}) },
      requiredDocuments: (dto.requiredDocuments ?? []).map(({ kind, title }) => ({ kind, title: title.normalize('NFC') })),
      eligibility: dto.eligibility
        ? {
            titles: [...new Set(dto.eligibility.titles)],
            consecutiveYears: dto.eligibility.consecutiveYears,
            periodEndYear: dto.eligibility.periodEndYear,
            onIneligible: dto.eligibility.onIneligible,
          }
        : null,
      conferencePlace: null,
      conferenceHeldOn: null,
      createdBy: actor.username,
      createdAt: new Date(),
    });
    const spreadProblems = validateSpreadRules(cycle.spreadRules, dto.quota);
    if (spreadProblems.length) throw invalidFields(spreadProblems);
    try {
      await this.cycles.manager.transaction(async (m) => {
        await m.insert(CycleEntity, cycle);
        await nameDefaultCouncil(m, cycle.code);
      });
    } catch (err) {
      // Two creations of the same code at once: the second loses on the primary key.
      if ((err as { driverError?: { code?: string } }).driverError?.code === '23505') throw alreadyExists(dto.code);
      throw err;
    }
    try {
      await this.workflows.start(cycleWorkflow, {
        workflowId: cycle.workflowId,
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
      if (!(err instanceof WorkflowExecutionAlreadyStartedError)) {
        await this.cycles.manager.transaction(async (m) => {
          await m.query(`DELETE FROM cycle_council_members WHERE cycle_code = $1`, [cycle.code]);
          await m.delete(CycleEntity, { code: cycle.code });
        });
      }
      throw err;
    }
    return toCycleResponse(cycle);
  }
}

function alreadyExists(code: string): ApiError {
  const message = `Đã có đợt xét mang mã ${code}. Xin vui lòng chọn mã khác.`;
  return new ApiError(HttpStatus.CONFLICT, 'CYCLE_ALREADY_EXISTS', message, [{ field: 'code', code: 'CYCLE_ALREADY_EXISTS', message }]);
}
