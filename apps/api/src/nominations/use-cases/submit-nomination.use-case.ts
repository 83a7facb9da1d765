import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  type WorkflowHandle,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { randomUUID } from 'node:crypto';
import {
  blockReviewerUnit,
  isDomainErrorCode,
  requireDocuments,
  requireSubmissionsOpen,
  nominationWorkflowId,
  nominationWorkflowIdOf,
  nomineeIdentity,
  nomineeKey,
  type Actor,
  type NominationView,
  type SubmitCommand,
} from '#domain';
import { BlockEntity, calendarOf, claimNominee, CycleEntity, NominationRow, releaseNominee, UnitEntity } from '#persistence';
import {
  admitSubmissionUpdate,
  nominationSearchAttributes,
  nominationWorkflow,
  nominationWorkflowV2,
  submissionRecordedUpdate,
  type Admission,
  type CycleWorkflowInput,
} from '#workflows';
import type { DataSource } from 'typeorm';
import { ApiError, invalidFields } from '../../common/api-error.js';
import { WorkflowGateway } from '../../common/workflow-gateway.js';
import type { SubmitNominationDto } from '../dto/submit-nomination.dto.js';
import { assessNominee } from './nominee-eligibility.js';

export interface SubmitNominationCommand {
  dossier: SubmitNominationDto;
  actor: Actor;
  now?: Date;
}

/**
 * A unit submits a dossier for one nominee, or starts it as a draft: the nominee is claimed for the
 * cycle (refused if another live nomination has them, in any unit), the cycle admits a submission
 * (or refuses after the cutoff), the nomination's workflow starts and answers once its first
 * facts are recorded. Whatever refuses first, nothing is left: the claim is given up.
 */
@Injectable()
export class SubmitNominationUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workflows: WorkflowGateway,
  ) {}

  async execute({ dossier: dto, actor, now = new Date() }: SubmitNominationCommand): Promise<NominationView> {
    if (!actor.unitCode) {
      throw new ApiError(
        HttpStatus.BAD_REQUEST,
        'NOT_UNIT_OFFICER',
        'Chỉ cán bộ của một đơn vị mới được nộp hồ sơ đề nghị, cho chính đơn vị mình; tài khoản của bạn chưa gắn với đơn vị nào.',
      );
    }
    const cycle = await this.dataSource.getRepository(CycleEntity).findOne({ where: { code: dto.cycleCode } });
    if (!cycle) {
      throw invalidFields([{ field: 'cycleCode', code: 'cycleExists', message: `Không có đợt xét nào mang mã ${dto.cycleCode}` }]);
    }
    // The cycle's workflow checks again by its own clock; this answers without asking it.
    requireSubmissionsOpen(cycle.code, cycle.submissionCutoff, now);
    const unit = await this.dataSource.getRepository(UnitEntity).findOneOrFail({ where: { code: actor.unitCode } });
    const block = await this.dataSource.getRepository(BlockEntity).findOneOrFail({ where: { code: unit.blockCode } });

    const draft = dto.draft === true;
    if (draft && cycle.councilProcess !== 'SESSIONS') {
      throw new ApiError(
        HttpStatus.UNPROCESSABLE_ENTITY,
        'DRAFT_NOT_SUPPORTED',
        `Đợt ${cycle.code} xét theo quy trình cũ (mỗi hồ sơ một lần bỏ phiếu) nên không nhận bản nháp; xin vui lòng nộp hồ sơ hoàn chỉnh.`,
      );
    }
    const nominee = { ...dto.nominee, fullName: dto.nominee.fullName.trim().replace(/\s+/g, ' ').normalize('NFC') };
    const nominationId = randomUUID();
    const claim = await claimNominee(this.dataSource, {
      cycleCode: cycle.code,
      identityKey: nomineeIdentity(unit.code, nominee),
      nominationId,
      unitCode: unit.code,
    });
    if ('heldBy' in claim) throw duplicate(claim.heldBy, unit.code, cycle.code, nominee.fullName);
    try {
      return await this.start(cycle, unit, block, { ...dto, nominee }, nominationId, draft, actor);
    } catch (err) {
      await releaseNominee(this.dataSource, nominationId);
      throw err;
    }
  }

  private async start(
    cycle: CycleEntity,
    unit: UnitEntity,
    block: BlockEntity,
    dto: SubmitNominationDto,
    nominationId: string,
    draft: boolean,
    actor: Actor,
  ): Promise<NominationView> {
    // The workflow decides again; refused here, the cycle admits nothing and no process starts.
    const rules = cycleRulesOf(cycle);
    if (!draft) requireDocuments(rules.requiredDocuments ?? [], dto.documents ?? []);
    // A draft is assessed when it is submitted, against the history as it is then.
    const eligibility = draft ? undefined : await assessNominee(this.dataSource, rules, unit.code, dto.nominee);
    // A draft is not admitted by the cycle (nor counted as a submission): it starts with the dates in force.
    const admission = draft ? admissionFromRow(cycle) : await this.admit(cycle, unit.code);
    const sessions = cycle.councilProcess === 'SESSIONS';
    const workflowId = sessions
      ? nominationWorkflowIdOf(cycle.code, unit.code, dto.nominee, nominationId)
      : nominationWorkflowId(cycle.code, unit.code, dto.nominee);
    const submission: SubmitCommand = {
      nominationId,
      workflowId,
      cycleCode: cycle.code,
      unitCode: unit.code,
      blockCode: block.code,
      reviewerUnitCode: blockReviewerUnit(block, unit.code),
      nomineeKey: nomineeKey(dto.nominee),
      dossier: {
        nominee: dto.nominee,
        achievements: dto.achievements.normalize('NFC'),
        initiatives: dto.initiatives.map((i) => i.normalize('NFC')),
        documents: (dto.documents ?? []).map((d) => ({ ...d, sha256: d.sha256.toLowerCase() })),
      },
      rules,
      targets: {
        blockReviewTarget: admission.calendar.blockReviewTarget,
        councilVoteTarget: admission.calendar.councilVoteTarget,
        decisionTarget: admission.calendar.decisionTarget,
        conferenceDate: admission.calendar.conferenceDate,
        revisionDays: cycle.revisionDays,
        calendarVersion: admission.calendarVersion,
      },
      ...(eligibility && { eligibility }),
      actor,
    };
    let handle: WorkflowHandle;
    try {
      // A cycle keeps the council process it was created with (see CycleEntity.councilProcess).
      handle = sessions
        ? await this.workflows.start(nominationWorkflowV2, {
            workflowId,
            args: [draft ? { ...submission, draft: { submissionCutoff: admission.calendar.submissionCutoff } } : submission],
            workflowIdReusePolicy: 'REJECT_DUPLICATE',
            typedSearchAttributes: this.searchAttributes(cycle, unit, block, dto, draft ? 'DRAFT' : 'BLOCK_REVIEW'),
          })
        : await this.workflows.start(nominationWorkflow, {
            workflowId,
            args: [submission],
            // The same nominee of the same unit in the same cycle is one process, ever (the older process).
            workflowIdReusePolicy: 'REJECT_DUPLICATE',
            typedSearchAttributes: this.searchAttributes(cycle, unit, block, dto, 'BLOCK_REVIEW'),
          });
    } catch (err) {
      if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
      const row = await this.dataSource.getRepository(NominationRow).findOne({ where: { workflowId } });
      throw duplicate({ nominationId: row?.id ?? '', unitCode: unit.code }, unit.code, cycle.code, dto.nominee.fullName);
    }
    return this.workflows.update(handle, submissionRecordedUpdate, []);
  }

  private searchAttributes(cycle: CycleEntity, unit: UnitEntity, block: BlockEntity, dto: SubmitNominationDto, stage: string) {
    return nominationSearchAttributes({
      cycleCode: cycle.code,
      unitCode: unit.code,
      blockCode: block.code,
      nomineeKind: dto.nominee.kind,
      stage,
      status: 'IN_PROGRESS',
    });
  }

  /**
   * The cycle's own workflow admits the submission: it owns the cutoff (and its clock), and
   * answers with the dates in force, which the nomination starts with.
   */
  admit(cycle: CycleEntity, unitCode: string): Promise<Admission> {
    return this.workflows.update(cycle.workflowId, admitSubmissionUpdate, [{ unitCode }], {
      what: `Đợt ${cycle.code}`,
      recover: async (err) => {
        if (err instanceof WorkflowNotFoundError) {
          throw new ApiError(
            HttpStatus.UNPROCESSABLE_ENTITY,
            'CYCLE_CLOSED',
            `Đợt ${cycle.code} đã kết thúc nên không nhận thêm hồ sơ đề nghị.`,
          );
        }
        // A cycle started before cycles kept their calendar has no admission: its row has the dates
        // (and the cutoff was checked above).
        if (isRefusedWithoutDomainCode(err) && (await this.startedWithoutCalendar(cycle))) return admissionFromRow(cycle);
        return undefined;
      },
    });
  }

  /**
   * Whether the cycle's workflow runs the code from before cycles kept their calendar, which has
   * no admitSubmission handler. The SDK (@temporalio/workflow 1.24, internals.js
   * rejectBufferedUpdates) refuses an update with no handler as
   * `ApplicationFailure.nonRetryable('No registered handler for update: …')`, whose type is the
   * generic default 'Error', the same as any plain Error thrown by a validator: no type says
   * "no handler". So this reads the fact from the workflow itself: such executions were started
   * with `{ cycleCode }` alone, and every later one with its calendar (CycleWorkflowInput, also
   * carried over by continue-as-new).
   */
  private async startedWithoutCalendar(cycle: CycleEntity): Promise<boolean> {
    const [input] = (await this.workflows.startArguments(cycle.workflowId)) as [CycleWorkflowInput | undefined];
    return input !== undefined && input.calendar === undefined;
  }
}

/** An update the workflow refused other than by its rules (no domain code as the failure type). */
function isRefusedWithoutDomainCode(err: unknown): boolean {
  return err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure && !isDomainErrorCode(err.cause.type);
}

function admissionFromRow(cycle: CycleEntity): Admission {
  return {
    calendar: calendarOf(cycle),
    calendarVersion: cycle.calendarVersion,
    admittedAt: new Date().toISOString(),
  };
}

function duplicate(heldBy: { nominationId: string; unitCode: string }, unitCode: string, cycleCode: string, fullName: string): ApiError {
  const which = heldBy.nominationId ? ` (hồ sơ ${heldBy.nominationId})` : '';
  const message =
    heldBy.unitCode === unitCode
      ? `Đơn vị đã đề nghị “${fullName.trim()}” trong đợt ${cycleCode}${which}. ` +
        `Xin vui lòng cập nhật hoặc rút hồ sơ đó thay vì nộp hồ sơ mới.`
      : `“${fullName.trim()}” đã được đơn vị ${heldBy.unitCode} đề nghị trong đợt ${cycleCode}${which}. ` +
        `Một người chỉ được một đơn vị đề nghị trong một đợt.`;
  return new ApiError(HttpStatus.CONFLICT, 'NOMINEE_ALREADY_NOMINATED', message, [
    { field: 'nominee.fullName', code: 'NOMINEE_ALREADY_NOMINATED', message },
  ]);
}

/** The rules a nomination carries from the cycle as it is now. */
export function cycleRulesOf(cycle: CycleEntity): SubmitCommand['rules'] {
  return {
    cycleCode: cycle.code,
    approvalRule: cycle.approvalRule as SubmitCommand['rules']['approvalRule'],
    maxChangeRounds: cycle.maxChangeRounds,
    decisionSuffix: cycle.decisionSuffix,
    ...(cycle.requiredDocuments.length > 0 && { requiredDocuments: cycle.requiredDocuments }),
    ...(cycle.eligibility && { eligibility: cycle.eligibility }),
  };
}
