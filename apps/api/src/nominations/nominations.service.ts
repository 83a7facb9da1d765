import { BadRequestException, ConflictException, Inject, Injectable, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '#config';
import {
  blockReviewerUnit,
  decide,
  endedNominationState,
  NOMINATION_RULES_VERSION,
  formatHanoiDateTime,
  isPastCutoff,
  nominationWorkflowId,
  nomineeKey,
  type Actor,
  type NominationView,
  type SubmitCommand,
} from '#domain';
import { BlockEntity, calendarOf, CycleEntity, NominationRow, UnitEntity } from '#persistence';
import {
  admitSubmissionUpdate,
  closeVoteUpdate,
  nominationSearchAttributes,
  nominationWorkflow,
  revocationWorkflow,
  submissionRecordedUpdate,
  withdrawUpdate,
  type Admission,
} from '#workflows';
import type { DataSource } from 'typeorm';
import { answerWithin, rethrowAsHttp } from '../common/workflow-errors.js';
import { NominationQueries } from './nomination-queries.service.js';
import type { SubmitNominationDto } from './dto/submit-nomination.dto.js';

/** Commands on nominations: each starts or signals the nomination's workflow; the workflow records the facts. */
@Injectable()
export class NominationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: Client,
    private readonly queries: NominationQueries,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async submit(dto: SubmitNominationDto, actor: Actor, now = new Date()): Promise<NominationView> {
    if (!actor.unitCode) throw new BadRequestException('Only a unit officer can nominate, for their own unit');
    const cycle = await this.dataSource.getRepository(CycleEntity).findOne({ where: { code: dto.cycleCode } });
    if (!cycle) throw new BadRequestException([`cycleCode: no cycle with code ${dto.cycleCode}`]);
    if (isPastCutoff(cycle.submissionCutoff, now)) {
      throw new UnprocessableEntityException(
        `Submissions to ${cycle.code} closed at the cutoff: nominations had to arrive before ` +
          `${formatHanoiDateTime(cycle.submissionCutoff)} (Hanoi time); it is now ${formatHanoiDateTime(now)}.`,
      );
    }
    const unit = await this.dataSource.getRepository(UnitEntity).findOneOrFail({ where: { code: actor.unitCode } });
    const block = await this.dataSource.getRepository(BlockEntity).findOneOrFail({ where: { code: unit.blockCode } });

    const key = nomineeKey(dto.nominee);
    const existing = await this.dataSource
      .getRepository(NominationRow)
      .findOne({ where: { cycleCode: cycle.code, unitCode: unit.code, nomineeKey: key } });
    if (existing) throw duplicate(existing.id, cycle.code);

    const admission = await this.admit(cycle, unit.code);
    const nominationId = randomUUID();
    const workflowId = nominationWorkflowId(cycle.code, unit.code, dto.nominee);
    const submission: SubmitCommand = {
      nominationId,
      workflowId,
      cycleCode: cycle.code,
      unitCode: unit.code,
      blockCode: block.code,
      reviewerUnitCode: blockReviewerUnit(block, unit.code),
      nomineeKey: key,
      dossier: {
        nominee: { ...dto.nominee, fullName: dto.nominee.fullName.trim().normalize('NFC') },
        achievements: dto.achievements.normalize('NFC'),
        initiatives: dto.initiatives.map((i) => i.normalize('NFC')),
        documents: dto.documents.map((d) => ({ ...d, sha256: d.sha256.toLowerCase() })),
      },
      rules: {
        cycleCode: cycle.code,
        approvalRule: cycle.approvalRule as SubmitCommand['rules']['approvalRule'],
        maxChangeRounds: cycle.maxChangeRounds,
        decisionSuffix: cycle.decisionSuffix,
      },
      targets: {
        blockReviewTarget: admission.calendar.blockReviewTarget,
        councilVoteTarget: admission.calendar.councilVoteTarget,
        decisionTarget: admission.calendar.decisionTarget,
        conferenceDate: admission.calendar.conferenceDate,
        revisionDays: cycle.revisionDays,
        calendarVersion: admission.calendarVersion,
      },
      actor,
    };
    try {
      const handle = await this.temporal.workflow.start(nominationWorkflow, {
        workflowId,
        taskQueue: this.config.temporal.taskQueue,
        args: [submission],
        // The same nominee of the same unit in the same cycle is one process, ever.
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        typedSearchAttributes: nominationSearchAttributes({
          cycleCode: cycle.code,
          unitCode: unit.code,
          blockCode: block.code,
          nomineeKind: dto.nominee.kind,
          stage: 'BLOCK_REVIEW',
          status: 'IN_PROGRESS',
        }),
      });
      return await answerWithin(this.temporal, () => handle.executeUpdate(submissionRecordedUpdate));
    } catch (err) {
      if (err instanceof WorkflowExecutionAlreadyStartedError) {
        const row = await this.dataSource.getRepository(NominationRow).findOne({ where: { workflowId } });
        throw duplicate(row?.id, cycle.code);
      }
      rethrowAsHttp(err);
    }
  }

  /**
   * The cycle's own workflow admits the submission: it owns the cutoff (and its clock), and
   * answers with the dates in force, which the nomination starts with.
   */
  private async admit(cycle: CycleEntity, unitCode: string): Promise<Admission> {
    try {
      return await answerWithin(this.temporal, () =>
        this.temporal.workflow.getHandle(cycle.workflowId).executeUpdate(admitSubmissionUpdate, { args: [{ unitCode }] }),
      );
    } catch (err) {
      if (err instanceof WorkflowNotFoundError) {
        throw new UnprocessableEntityException(`Cycle ${cycle.code} is closed: it takes no more submissions`);
      }
      // A cycle started before cycles kept their calendar has no admission: its row has the dates
      // (and the cutoff was checked above).
      if (err instanceof WorkflowUpdateFailedError && /handler/i.test(err.cause?.message ?? '')) return admissionFromRow(cycle);
      rethrowAsHttp(err, `Cycle ${cycle.code}`);
    }
  }

  async withdraw(id: string, actor: Actor, reason?: string): Promise<NominationView> {
    const view = await this.queries.get(id);
    try {
      return await answerWithin(this.temporal, () =>
        this.temporal.workflow.getHandle(view.workflowId).executeUpdate(withdrawUpdate, { args: [{ actor, reason }] }),
      );
    } catch (err) {
      rethrowAsHttp(err);
    }
  }

  /** Revokes an honoured or recognised nomination by a new decision of the minister (thu hồi). */
  async revoke(id: string, actor: Actor, reason: string): Promise<NominationView> {
    const view = await this.queries.get(id);
    // Refused here already if it would be refused by the revocation's own workflow.
    decide(endedNominationState(view, NOMINATION_RULES_VERSION), { type: 'Revoke', actor, reason });
    try {
      return await answerWithin(this.temporal, () =>
        this.temporal.workflow.execute(revocationWorkflow, {
          workflowId: `revocation:${id}`,
          taskQueue: this.config.temporal.taskQueue,
          args: [{ nominationId: id, actor, reason }],
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
          // Found in the UI with NominationStatus='REVOKED', beside the nomination's own process.
          typedSearchAttributes: nominationSearchAttributes({
            ...view,
            nomineeKind: view.nominee.kind,
            stage: 'CLOSED',
            status: 'REVOKED',
          }),
        }),
      );
    } catch (err) {
      if (err instanceof WorkflowExecutionAlreadyStartedError) throw new ConflictException(`Nomination ${id} has already been revoked`);
      rethrowAsHttp(err);
    }
  }

  async closeCouncilVote(id: string, actor: Actor): Promise<NominationView> {
    const view = await this.queries.get(id);
    try {
      return await answerWithin(this.temporal, () =>
        this.temporal.workflow.getHandle(view.workflowId).executeUpdate(closeVoteUpdate, { args: [{ actor }] }),
      );
    } catch (err) {
      rethrowAsHttp(err);
    }
  }
}

function admissionFromRow(cycle: CycleEntity): Admission {
  return {
    calendar: calendarOf(cycle),
    calendarVersion: cycle.calendarVersion,
    admittedAt: new Date().toISOString(),
  };
}

function duplicate(existingId: string | undefined, cycleCode: string): ConflictException {
  return new ConflictException(
    `This unit has already nominated this nominee in ${cycleCode}${existingId ? ` (nomination ${existingId})` : ''}: edit or withdraw that one instead`,
  );
}
