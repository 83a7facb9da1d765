import { Injectable } from '@nestjs/common';
import type { Actor, NominationView } from '#domain';
import { withdrawUpdate } from '#workflows';
import { WorkflowGateway } from '../../common/workflow-gateway.js';
import { GetNominationUseCase } from './get-nomination.use-case.js';

export interface WithdrawNominationCommand {
  nominationId: string;
  actor: Actor;
  reason?: string;
}

/** The unit withdraws its nomination (before the minister decides); the workflow undoes its effects. */
@Injectable()
export class WithdrawNominationUseCase {
  constructor(
    private readonly getNomination: GetNominationUseCase,
    private readonly workflows: WorkflowGateway,
  ) {}

  async execute({ nominationId, actor, reason }: WithdrawNominationCommand): Promise<NominationView> {
    const view = await this.getNomination.execute(nominationId);
    return this.workflows.update(view.workflowId, withdrawUpdate, [{ actor, reason }]);
  }
}
