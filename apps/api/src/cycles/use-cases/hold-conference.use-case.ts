import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { pendingProposal } from '#persistence';
import type { DataSource } from 'typeorm';
import { ApiError } from '../../common/api-error.js';
import type { Actor } from '#domain';
import { holdConferenceUpdate, type ConferenceSummary } from '#workflows';
import { WorkflowGateway } from '../../common/workflow-gateway.js';
import { GetCycleUseCase } from './get-cycle.use-case.js';

/** The standing office records the conference as held: approved nominations are honoured within the quota. */
@Injectable()
export class HoldConferenceUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly getCycle: GetCycleUseCase,
    private readonly workflows: WorkflowGateway,
  ) {}

  async execute({ cycleCode, actor }: { cycleCode: string; actor: Actor }): Promise<ConferenceSummary> {
    const cycle = await this.getCycle.execute(cycleCode);
    if (await pendingProposal(this.dataSource, cycleCode)) {
      throw new ApiError(
        HttpStatus.CONFLICT,
        'DECISION_PENDING',
        'Tờ trình đề nghị công nhận đang chờ Bộ trưởng quyết định: chưa thể ghi nhận Hội nghị biểu dương.',
      );
    }
    return this.workflows.update(cycle.workflowId, holdConferenceUpdate, [{ actor }], { what: `Đợt ${cycleCode}` });
  }
}
