import { randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { proposalProblems, proposalWorkflowId, type Actor, type ProposalView } from '#domain';
import { passedCandidates, pendingProposal } from '#persistence';
import { APP_CONFIG, type AppConfig } from '#config';
import { proposalSubmittedUpdate, proposalWorkflow } from '#workflows';
import type { DataSource } from 'typeorm';
import { ApiError, invalidFields } from '../../common/api-error.js';
import { WorkflowGateway } from '../../common/workflow-gateway.js';
import { GetCycleUseCase } from '../../cycles/use-cases/get-cycle.use-case.js';
import type { SubmitProposalDto } from '../dto/council-session.dto.js';
import { requireSessionCycle } from './council-refusals.js';
import { ProposalDraftUseCase } from './proposal-draft.use-case.js';

/**
 * The standing office sends its proposal (tờ trình) to the minister: candidates that passed, in rank
 * order; over the quota only with a written justification. One proposal before the minister at a time.
 */
@Injectable()
export class SubmitProposalUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly getCycle: GetCycleUseCase,
    private readonly draft: ProposalDraftUseCase,
    private readonly workflows: WorkflowGateway,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ cycleCode, body, actor }: { cycleCode: string; body: SubmitProposalDto; actor: Actor }): Promise<ProposalView> {
    const cycle = await this.getCycle.execute(cycleCode);
    requireSessionCycle(cycle);
    if (await pendingProposal(this.dataSource, cycleCode)) {
      throw new ApiError(
        HttpStatus.CONFLICT,
        'PROPOSAL_PENDING',
        'Đã có một tờ trình đang chờ Bộ trưởng quyết định; cần chờ quyết định hoặc tờ trình được trả lại.',
      );
    }
    const passed = (await passedCandidates(this.dataSource, cycleCode)).filter((v) => !v.proposalId);
    const problems = proposalProblems({
      nominationIds: body.nominationIds,
      quota: cycle.quota,
      justification: body.justification,
      passed: passed.map((v) => v.id),
    });
    if (problems.length) throw invalidFields(problems);

    const byId = new Map(passed.map((v) => [v.id, v]));
    const entries = body.nominationIds.map((id, i) => {
      const v = byId.get(id);
      if (!v) throw new Error(`${id} passed the checks but is not a candidate`);
      return {
        nominationId: v.id,
        workflowId: v.workflowId,
        rank: i + 1,
        nomineeName: v.nominee.fullName,
        nomineeKind: v.nominee.kind,
        position: v.nominee.position ?? null,
        unitCode: v.unitCode,
      };
    });
    const suggested = await this.draft.execute(cycleCode);
    const explanations = new Map(suggested.leftOut.map((c) => [c.nominationId, c.explanation ?? '']));
    const chosen = new Set(body.nominationIds);
    const leftOut = passed
      .filter((v) => !chosen.has(v.id))
      .map((v) => ({
        nominationId: v.id,
        workflowId: v.workflowId,
        explanation: explanations.get(v.id) || 'Thường trực Hội đồng không đưa vào tờ trình đề nghị Bộ trưởng công nhận.',
      }));
    const proposalId = randomUUID();
    const handle = await this.workflows.start(proposalWorkflow, {
      workflowId: proposalWorkflowId(proposalId),
      args: [
        {
          proposalId,
          cycleCode,
          entries,
          leftOut,
          quota: cycle.quota,
          justification: body.justification?.trim() || null,
          dueAt: cycle.decisionTarget.toISOString(),
          decisionSuffix: cycle.decisionSuffix,
          numberEnteredByRecordsOffice: this.config.documents.numbering === 'RECORDS_OFFICE',
          submittedBy: actor.username,
        },
      ],
    });
    return this.workflows.update(handle, proposalSubmittedUpdate, [], { what: 'Tờ trình' });
  }
}
