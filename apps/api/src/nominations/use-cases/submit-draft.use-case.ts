import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { blockReviewerUnit, NominationStage, requireDocuments, requireSubmissionsOpen, type Actor, type NominationView } from '#domain';
import { BlockEntity, CycleEntity } from '#persistence';
import { submitDraftUpdate } from '#workflows';
import type { DataSource } from 'typeorm';
import { WorkflowGateway } from '../../common/workflow-gateway.js';
import { SubmitNominationUseCase, cycleRulesOf } from './submit-nomination.use-case.js';
import { GetNominationUseCase } from './get-nomination.use-case.js';
import { assessNominee } from './nominee-eligibility.js';

export interface SubmitDraftCommand {
  nominationId: string;
  actor: Actor;
  now?: Date;
}

/**
 * The unit submits its draft: checked first against the cycle's rules (a missing document is
 * refused before the cycle admits anything), then admitted by the cycle, whose dates, rules and
 * reviewer in force the nomination takes; the draft's workflow records the submission.
 */
@Injectable()
export class SubmitDraftUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly getNomination: GetNominationUseCase,
    private readonly submissions: SubmitNominationUseCase,
    private readonly workflows: WorkflowGateway,
  ) {}

  async execute({ nominationId, actor, now = new Date() }: SubmitDraftCommand): Promise<NominationView> {
    const view = await this.getNomination.execute(nominationId, actor);
    const cycle = await this.dataSource.getRepository(CycleEntity).findOneByOrFail({ code: view.cycleCode });
    const block = await this.dataSource.getRepository(BlockEntity).findOneByOrFail({ code: view.blockCode });
    const rules = cycleRulesOf(cycle);
    precheck(view, rules);
    requireSubmissionsOpen(cycle.code, cycle.submissionCutoff, now);
    const eligibility = await assessNominee(this.dataSource, rules, view.unitCode, view.nominee);
    const admission = await this.submissions.admit(cycle, view.unitCode);
    const c = admission.calendar;
    return this.workflows.update(view.workflowId, submitDraftUpdate, [
      {
        actor,
        reviewerUnitCode: blockReviewerUnit(block, view.unitCode),
        rules,
        targets: {
          blockReviewTarget: c.blockReviewTarget,
          councilVoteTarget: c.councilVoteTarget,
          decisionTarget: c.decisionTarget,
          conferenceDate: c.conferenceDate,
          revisionDays: cycle.revisionDays,
          calendarVersion: admission.calendarVersion,
        },
        ...(eligibility && { eligibility }),
      },
    ]);
  }
}

/** The workflow decides again; this refuses before the cycle is asked, so that a refusal writes nothing. */
function precheck(view: NominationView, rules: ReturnType<typeof cycleRulesOf>): void {
  if (view.stage === NominationStage.DRAFT) requireDocuments(rules.requiredDocuments ?? [], view.documents);
}
