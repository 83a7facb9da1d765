import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role, type Actor, type ProposalView } from '#domain';
import { decideProposalUpdate } from '#workflows';
import type { DataSource } from 'typeorm';
import { invalidFields } from '../../common/api-error.js';
import { WorkflowGateway } from '../../common/workflow-gateway.js';
import type { CompleteTaskDto } from '../../tasks/dto/complete-task.dto.js';
import { GetProposalUseCase } from './proposal-reads.use-case.js';

/** The minister (or a deputy, signing on the minister's behalf) decides the standing office's proposal as a whole. */
@Injectable()
export class DecideListUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly proposals: GetProposalUseCase,
    private readonly workflows: WorkflowGateway,
  ) {}

  async execute({ proposalId, body, actor }: { proposalId: string; body: CompleteTaskDto; actor: Actor }): Promise<ProposalView> {
    const proposal = await this.proposals.execute(proposalId);
    if (body.decision !== 'APPROVE' && body.decision !== 'RETURN') {
      throw invalidFields([
        { field: 'decision', code: 'decisionForTask', message: 'Với tờ trình, chỉ được chọn “Phê duyệt” hoặc “Trả lại tờ trình”' },
      ]);
    }
    const minister = await this.minister();
    const command =
      body.decision === 'APPROVE'
        ? {
            decision: 'APPROVE' as const,
            actor,
            excluded: body.excluded ?? [],
            ...(body.documentNumber ? { documentNumber: body.documentNumber } : {}),
            minister,
          }
        : { decision: 'RETURN' as const, actor, reason: body.reason, minister };
    return this.workflows.update(proposal.workflowId, decideProposalUpdate, [command], { what: 'Tờ trình' });
  }

  /** The minister on whose behalf a deputy signs. */
  private async minister(): Promise<{ username: string; fullName: string } | null> {
    const rows: { username: string; full_name: string }[] = await this.dataSource.query(
      `SELECT username, full_name FROM users WHERE $1 = ANY(roles) ORDER BY username LIMIT 1`,
      [Role.MINISTER],
    );
    return rows[0] ? { username: rows[0].username, fullName: rows[0].full_name } : null;
  }
}
