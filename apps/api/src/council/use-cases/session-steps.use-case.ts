import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor, SessionView } from '#domain';
import { NominationRow } from '#persistence';
import { closeSessionUpdate, declareConflictUpdate, editAgendaUpdate, openSessionUpdate } from '#workflows';
import { In, type DataSource } from 'typeorm';
import { WorkflowGateway } from '../../common/workflow-gateway.js';
import type { DeclareConflictDto, EditAgendaDto } from '../dto/council-session.dto.js';
import { GetSessionUseCase } from './session-reads.use-case.js';

/*
 * The steps of a session people take, each an update to the session's workflow (whose validator
 * refuses a wrong person or a wrong moment before anything is recorded).
 */

@Injectable()
export class OpenSessionUseCase {
  constructor(
    private readonly sessions: GetSessionUseCase,
    private readonly workflows: WorkflowGateway,
  ) {}

  async execute({ sessionId, actor }: { sessionId: string; actor: Actor }): Promise<SessionView> {
    const { workflowId } = await this.sessions.execute(sessionId);
    return this.workflows.update(workflowId, openSessionUpdate, [{ actor }], { what: 'Phiên họp' });
  }
}

@Injectable()
export class CloseSessionUseCase {
  constructor(
    private readonly sessions: GetSessionUseCase,
    private readonly workflows: WorkflowGateway,
  ) {}

  async execute({ sessionId, actor }: { sessionId: string; actor: Actor }): Promise<SessionView> {
    const { workflowId } = await this.sessions.execute(sessionId);
    return this.workflows.update(workflowId, closeSessionUpdate, [{ actor }], { what: 'Phiên họp' });
  }
}

@Injectable()
export class DeclareConflictUseCase {
  constructor(
    private readonly sessions: GetSessionUseCase,
    private readonly workflows: WorkflowGateway,
  ) {}

  async execute({ sessionId, body, actor }: { sessionId: string; body: DeclareConflictDto; actor: Actor }): Promise<SessionView> {
    const { workflowId } = await this.sessions.execute(sessionId);
    return this.workflows.update(workflowId, declareConflictUpdate, [{ actor, ...body }], { what: 'Phiên họp' });
  }
}

@Injectable()
export class EditAgendaUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: GetSessionUseCase,
    private readonly workflows: WorkflowGateway,
  ) {}

  async execute({ sessionId, body, actor }: { sessionId: string; body: EditAgendaDto; actor: Actor }): Promise<SessionView> {
    const { workflowId } = await this.sessions.execute(sessionId);
    const added = body.add?.length ? await this.dataSource.getRepository(NominationRow).findBy({ id: In(body.add) }) : [];
    const add = added.map((n) => ({ nominationId: n.id, workflowId: n.workflowId }));
    return this.workflows.update(workflowId, editAgendaUpdate, [{ actor, add, remove: body.remove ?? [] }], { what: 'Phiên họp' });
  }
}
