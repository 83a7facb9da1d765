import { randomUUID } from 'node:crypto';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { councilSessionWorkflowId, NominationStage, type Actor, type SessionView } from '#domain';
import { awaitingSession, NominationRow } from '#persistence';
import { councilSessionWorkflow, sessionComposedUpdate } from '#workflows';
import { In, type DataSource } from 'typeorm';
import { ApiError, invalidFields } from '../../common/api-error.js';
import { WorkflowGateway } from '../../common/workflow-gateway.js';
import { GetCycleUseCase } from '../../cycles/use-cases/get-cycle.use-case.js';
import type { ComposeSessionDto } from '../dto/council-session.dto.js';
import { requireSessionCycle } from './council-refusals.js';

/**
 * The standing office composes a session: by default every nomination endorsed by its block and on
 * no session. The session's workflow asks each to join; those that cannot (withdrawn meanwhile, on
 * another session) are left out, and the answer shows the agenda as it stands.
 */
@Injectable()
export class ComposeSessionUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly getCycle: GetCycleUseCase,
    private readonly workflows: WorkflowGateway,
  ) {}

  async execute({ cycleCode, body, actor }: { cycleCode: string; body: ComposeSessionDto; actor: Actor }): Promise<SessionView> {
    const cycle = await this.getCycle.execute(cycleCode);
    requireSessionCycle(cycle);
    const nominations = body.nominationIds
      ? await this.named(cycleCode, body.nominationIds)
      : await awaitingSession(this.dataSource, cycleCode);
    const sessionId = randomUUID();
    const handle = await this.workflows.start(councilSessionWorkflow, {
      workflowId: councilSessionWorkflowId(sessionId),
      args: [
        {
          sessionId,
          cycleCode,
          title: body.title,
          meetingAt: new Date(body.meetingAt).toISOString(),
          rules: { approvalRule: cycle.approvalRule as SessionView['rules']['approvalRule'], recusalCounting: cycle.recusalCounting },
          councilVoteTarget: cycle.councilVoteTarget.toISOString(),
          actor,
          nominations: nominations.map((n) => ({ nominationId: n.id, workflowId: n.workflowId })),
        },
      ],
    });
    return this.workflows.update(handle, sessionComposedUpdate, [], { what: 'Phiên họp' });
  }

  /** The nominations asked for: each must be of this cycle and waiting for the council. */
  private async named(cycleCode: string, ids: string[]) {
    const rows = await this.dataSource.getRepository(NominationRow).findBy({ id: In(ids) });
    const problems = ids.flatMap((id, i) => {
      const row = rows.find((r) => r.id === id);
      if (!row || row.cycleCode !== cycleCode)
        return [{ field: `nominationIds.${i}`, code: 'notInCycle', message: `Hồ sơ ${id} không thuộc đợt ${cycleCode}.` }];
      if (row.stage !== NominationStage.COUNCIL_VOTE || row.status !== 'IN_PROGRESS') {
        return [
          {
            field: `nominationIds.${i}`,
            code: 'notAwaitingCouncil',
            message: `Hồ sơ của ${row.view.nominee.fullName} không ở bước chờ Hội đồng bỏ phiếu.`,
          },
        ];
      }
      return [];
    });
    if (problems.length) throw invalidFields(problems);
    if (rows.length === 0) throw new ApiError(HttpStatus.BAD_REQUEST, 'AGENDA_EMPTY', 'Chương trình phiên họp cần ít nhất một hồ sơ.');
    return ids.map((id) => (rows.find((r) => r.id === id) as NominationRow).view);
  }
}
