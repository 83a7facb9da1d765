import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '#config';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import type { AgendaItem, NominationView } from '#domain';
import { ballotKey, cycleCouncil, openBallotBox, recordSessionEvents, sealAndCountBallotBox } from '#persistence';
import {
  councilSessionConcludedSignal,
  joinCouncilSessionUpdate,
  leaveCouncilSessionUpdate,
  type CouncilSessionActivities,
} from '#workflows';
import type { DataSource } from 'typeorm';
import { refuseBadData } from '../refuse-bad-data.js';
import { askEach, signalEachOwn } from './signal-workflows.js';

type Input<K extends keyof CouncilSessionActivities> = Parameters<CouncilSessionActivities[K]>[0];

/** A council session's activities: its stream and read model, the nominations it asks, its ballot box. */
@Injectable()
export class CouncilSessionActivitiesService implements CouncilSessionActivities {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: Client,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async recordSessionEvents({ sessionId, events }: Input<'recordSessionEvents'>): Promise<void> {
    await refuseBadData(() => recordSessionEvents(this.dataSource, sessionId, events));
  }

  async sessionMembers({ cycleCode }: Input<'sessionMembers'>) {
    return cycleCouncil(this.dataSource, cycleCode);
  }

  async joinSession({ sessionId, nominations }: Input<'joinSession'>) {
    const { accepted, refused } = await askEach(
      this.temporal,
      nominations.map((n) => ({ id: n.nominationId, workflowId: n.workflowId })),
      joinCouncilSessionUpdate,
      [{ sessionId }],
    );
    return {
      joined: accepted.map(({ result }) => agendaItemOf(result)),
      refused: refused.map((r) => ({ nominationId: r.id, message: r.message })),
    };
  }

  async leaveSession({ sessionId, nominations }: Input<'leaveSession'>): Promise<void> {
    await askEach(
      this.temporal,
      nominations.map((n) => ({ id: n.nominationId, workflowId: n.workflowId })),
      leaveCouncilSessionUpdate,
      [{ sessionId }],
    );
  }

  async openBallotBox({ sessionId }: Input<'openBallotBox'>): Promise<void> {
    await openBallotBox(this.dataSource, sessionId);
  }

  async countBallotBox({ sessionId, quorumNeeded }: Input<'countBallotBox'>) {
    return sealAndCountBallotBox(this.dataSource, sessionId, quorumNeeded, ballotKey(this.config.ballotKey));
  }

  async announceSessionOutcome({ sessionId, quorumNeeded, outcomes }: Input<'announceSessionOutcome'>): Promise<void> {
    await signalEachOwn(
      this.temporal,
      outcomes.map(({ workflowId, result }) => ({
        workflowId,
        args: [{ sessionId, result, quorumNeeded }] as [{ sessionId: string; result: typeof result; quorumNeeded: number }],
      })),
      councilSessionConcludedSignal,
    );
  }
}

function agendaItemOf(view: NominationView): AgendaItem {
  return {
    nominationId: view.id,
    workflowId: view.workflowId,
    unitCode: view.unitCode,
    nomineeName: view.nominee.fullName,
    nomineeKind: view.nominee.kind,
    blockScore: view.blockScore,
  };
}
