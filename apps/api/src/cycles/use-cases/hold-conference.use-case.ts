import { Injectable } from '@nestjs/common';
import type { Actor } from '#domain';
import { holdConferenceUpdate, type ConferenceSummary } from '#workflows';
import { WorkflowGateway } from '../../common/workflow-gateway.js';
import { GetCycleUseCase } from './get-cycle.use-case.js';

/** The standing office records the conference as held: approved nominations are honoured within the quota. */
@Injectable()
export class HoldConferenceUseCase {
  constructor(
    private readonly getCycle: GetCycleUseCase,
    private readonly workflows: WorkflowGateway,
  ) {}

  async execute({ cycleCode, actor }: { cycleCode: string; actor: Actor }): Promise<ConferenceSummary> {
    const cycle = await this.getCycle.execute(cycleCode);
    return this.workflows.update(cycle.workflowId, holdConferenceUpdate, [{ actor }], { what: `Đợt ${cycleCode}` });
  }
}
