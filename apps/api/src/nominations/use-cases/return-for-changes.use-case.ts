import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor, NominationView } from '#domain';
import { CycleEntity } from '#persistence';
import { returnForChangesUpdate } from '#workflows';
import type { DataSource } from 'typeorm';
import { ApiError } from '../../common/api-error.js';
import { WorkflowGateway } from '../../common/workflow-gateway.js';
import { GetNominationUseCase } from './get-nomination.use-case.js';

export interface ReturnForChangesCommand {
  nominationId: string;
  actor: Actor;
  reason: string;
  fields?: string[];
  documents?: string[];
}

/**
 * The standing office's check of completeness (thẩm định): an endorsed dossier waiting for a
 * council session goes back to its unit for changes. Only in cycles with council sessions: in the
 * older process the council votes as soon as the block endorses.
 */
@Injectable()
export class ReturnForChangesUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly getNomination: GetNominationUseCase,
    private readonly workflows: WorkflowGateway,
  ) {}

  async execute({ nominationId, actor, reason, fields, documents }: ReturnForChangesCommand): Promise<NominationView> {
    const view = await this.getNomination.execute(nominationId, actor);
    const cycle = await this.dataSource.getRepository(CycleEntity).findOneByOrFail({ code: view.cycleCode });
    if (cycle.councilProcess !== 'SESSIONS') {
      throw new ApiError(
        HttpStatus.CONFLICT,
        'WRONG_STAGE',
        `Đợt ${cycle.code} xét theo quy trình cũ: Hội đồng bỏ phiếu ngay khi Khối/Cụm đồng ý, nên không có bước thẩm định trước phiên họp.`,
      );
    }
    return this.workflows.update(view.workflowId, returnForChangesUpdate, [
      { actor, reason, ...(fields && { fields }), ...(documents && { documents }) },
    ]);
  }
}
