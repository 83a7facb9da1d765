import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { decide, endedNominationState, hanoiYear, NOMINATION_RULES_VERSION, type Actor, type NominationView } from '#domain';
import { documentNumberIssued } from '#persistence';
import { APP_CONFIG, type AppConfig } from '#config';
import { nominationSearchAttributes, revocationWorkflow } from '#workflows';
import type { DataSource } from 'typeorm';
import { ApiError } from '../../common/api-error.js';
import { WorkflowGateway } from '../../common/workflow-gateway.js';
import { GetNominationUseCase } from './get-nomination.use-case.js';

export interface RevokeNominationCommand {
  nominationId: string;
  actor: Actor;
  reason: string;
  /** The number the records office gave the revocation; only read when it numbers the Ministry's decisions. */
  documentNumber?: string;
}

/**
 * Revokes an honoured or recognised nomination by a new decision of the minister (thu hồi): one
 * revocation workflow per nomination (a failed one, e.g. refused a number already taken, may be
 * tried again), which the caller waits for. The revocation is numbered by the engine's register, or,
 * with DECISION_NUMBERING=RECORDS_OFFICE, takes the number the records office entered.
 */
@Injectable()
export class RevokeNominationUseCase {
  constructor(
    private readonly getNomination: GetNominationUseCase,
    private readonly workflows: WorkflowGateway,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ nominationId: id, actor, reason, documentNumber }: RevokeNominationCommand): Promise<NominationView> {
    const view = await this.getNomination.execute(id);
    // Refused here already if the revocation's own workflow would refuse it.
    decide(endedNominationState(view, NOMINATION_RULES_VERSION), { type: 'Revoke', actor, reason });
    const entered = await this.enteredNumber(documentNumber);
    return this.workflows.execute(
      revocationWorkflow,
      {
        workflowId: `revocation:${id}`,
        args: [{ nominationId: id, actor, reason, ...(entered === undefined ? {} : { documentNumber: entered }) }],
        // A revocation that ended failed (refused) wrote nothing: the minister may try again.
        workflowIdReusePolicy: 'ALLOW_DUPLICATE_FAILED_ONLY',
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

  /**
   * The number the revocation takes from the records office, or undefined when the engine's register
   * numbers it (a number sent then is ignored, as on a list's approval). Required, and not already
   * a number of the year: the worker checks again when it records it, for two entering it at once.
   */
  private async enteredNumber(documentNumber: string | undefined): Promise<string | undefined> {
    if (this.config.documents.numbering !== 'RECORDS_OFFICE') return undefined;
    if (!documentNumber) {
      const message = 'Cần nhập số quyết định do Văn thư cấp.';
      throw new ApiError(HttpStatus.BAD_REQUEST, 'DECISION_NUMBER_REQUIRED', message, [
        { field: 'documentNumber', code: 'DECISION_NUMBER_REQUIRED', message },
      ]);
    }
    if (await documentNumberIssued(this.dataSource, hanoiYear(new Date()), documentNumber)) {
      const message = `Số quyết định ${documentNumber} đã được dùng cho một quyết định khác. Xin vui lòng kiểm tra lại với Văn thư.`;
      throw new ApiError(HttpStatus.CONFLICT, 'DECISION_NUMBER_TAKEN', message, [
        { field: 'documentNumber', code: 'DECISION_NUMBER_TAKEN', message },
      ]);
    }
    return documentNumber;
  }
}
