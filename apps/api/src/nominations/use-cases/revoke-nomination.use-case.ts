import { HttpStatus, Injectable } from '@nestjs/common';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { decide, endedNominationState, NOMINATION_RULES_VERSION, type Actor, type NominationView } from '#domain';
import { nominationSearchAttributes, revocationWorkflow } from '#workflows';
import { ApiError } from '../../common/api-error.js';
import { WorkflowGateway } from '../../common/workflow-gateway.js';
import { GetNominationUseCase } from './get-nomination.use-case.js';

export interface RevokeNominationCommand {
  nominationId: string;
  actor: Actor;
  reason: string;
}

/**
 * Revokes an honoured or recognised nomination by a new decision of the minister (thu hồi): one
 * revocation workflow per nomination, ever, which the caller waits for.
 */
@Injectable()
export class RevokeNominationUseCase {
  constructor(
    private readonly getNomination: GetNominationUseCase,
    private readonly workflows: WorkflowGateway,
  ) {}

  async execute({ nominationId: id, actor, reason }: RevokeNominationCommand): Promise<NominationView> {
    const view = await this.getNomination.execute(id);
    // Refused here already if the revocation's own workflow would refuse it.
    decide(endedNominationState(view, NOMINATION_RULES_VERSION), { type: 'Revoke', actor, reason });
    return this.workflows.execute(
      revocationWorkflow,
      {
        workflowId: `revocation:${id}`,
        args: [{ nominationId: id, actor, reason }],
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        // Found in the UI with NominationStatus='REVOKED', beside the nomination's own process.
        typedSearchAttributes: nominationSearchAttributes({
          ...view,
          nomineeKind: view.nominee.kind,
          stage: 'CLOSED',
          status: 'REVOKED',
        }),
      },
      {
        recover: (err) => {
          if (err instanceof WorkflowExecutionAlreadyStartedError) {
            throw new ApiError(HttpStatus.CONFLICT, 'ALREADY_REVOKED', `Quyết định công nhận của hồ sơ ${id} đã bị thu hồi trước đó.`);
          }
          return undefined;
        },
      },
    );
  }
}
