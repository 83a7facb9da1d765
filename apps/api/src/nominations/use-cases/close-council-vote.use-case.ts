import { Injectable } from '@nestjs/common';
import type { Actor, NominationView } from '#domain';
import { closeVoteUpdate } from '#workflows';
import { WorkflowGateway } from '../../common/workflow-gateway.js';
import { GetNominationUseCase } from './get-nomination.use-case.js';

/** The standing office closes a council vote before every member has voted; the workflow counts it. */
@Injectable()
export class CloseCouncilVoteUseCase {
  constructor(
    private readonly getNomination: GetNominationUseCase,
    private readonly workflows: WorkflowGateway,
  ) {}

  async execute({ nominationId, actor }: { nominationId: string; actor: Actor }): Promise<NominationView> {
    const view = await this.getNomination.execute(nominationId);
    return this.workflows.update(view.workflowId, closeVoteUpdate, [{ actor }]);
  }
}
