import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApplicationFailure } from '@temporalio/activity';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { decideEntryTakeOff, proposalWorkflowId, type EntryTakeOff } from '#domain';
import { issueDecision, passedCandidates, proposalView, recordProposalEvents } from '#persistence';
import { joinProposalUpdate, listDecidedSignal, notProposedSignal, takeEntryOffUpdate, type ProposalActivities } from '#workflows';
import type { DataSource } from 'typeorm';
import { decisionNumberTaken } from '../decision-number-taken.js';
import { refuseBadData } from '../refuse-bad-data.js';
import { askEach, signalEachOwn } from './signal-workflows.js';

type Input<K extends keyof ProposalActivities> = Parameters<ProposalActivities[K]>[0];

/** The proposal's activities: its stream, the nominations it asks and tells, the decision's number. */
@Injectable()
export class ProposalActivitiesService implements ProposalActivities {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: Client,
  ) {}

  async recordProposalEvents({ proposalId, events }: Input<'recordProposalEvents'>): Promise<void> {
    await refuseBadData(() => recordProposalEvents(this.dataSource, proposalId, events));
  }

  async joinProposal({ proposalId, nominations }: Input<'joinProposal'>) {
    const { refused } = await askEach(
      this.temporal,
      nominations.map((n) => ({ id: n.nominationId, workflowId: n.workflowId })),
      joinProposalUpdate,
      [{ proposalId }],
    );
    return { refused: refused.map((r) => ({ nominationId: r.id, message: r.message })) };
  }

  async issueListDecision(input: Input<'issueListDecision'>): Promise<{ number: string }> {
    const issued = await issueDecision(this.dataSource, input);
    if ('taken' in issued) throw decisionNumberTaken(issued.taken);
    return issued;
  }

  async announceListDecision({ proposalId, outcomes }: Input<'announceListDecision'>): Promise<void> {
    await signalEachOwn(
      this.temporal,
      outcomes.map(({ workflowId, outcome }) => ({
        workflowId,
        args: [{ proposalId, outcome }] as [{ proposalId: string; outcome: typeof outcome }],
      })),
      listDecidedSignal,
    );
  }

  async passedNotProposed({ cycleCode, except }: Input<'passedNotProposed'>) {
    const skip = new Set(except);
    return (await passedCandidates(this.dataSource, cycleCode))
      .filter((v) => !skip.has(v.id) && !v.proposalId)
      .map((v) => ({ nominationId: v.id, workflowId: v.workflowId }));
  }

  async endNotProposed({ decisionNumber, nominations }: Input<'endNotProposed'>): Promise<void> {
    await signalEachOwn(
      this.temporal,
      nominations.map((n) => ({
        workflowId: n.workflowId,
        args: [{ explanation: n.explanation, decisionNumber }] as [{ explanation: string; decisionNumber: string }],
      })),
      notProposedSignal,
    );
  }

  async takeEntryOffProposal({ proposalId, nominationId, actor }: Input<'takeEntryOffProposal'>): Promise<EntryTakeOff> {
    try {
      return await this.temporal.workflow
        .getHandle(proposalWorkflowId(proposalId))
        .executeUpdate(takeEntryOffUpdate, { args: [{ nominationId, actor }] });
    } catch (err) {
      if (!(err instanceof WorkflowNotFoundError)) throw err;
      // The proposal has ended, so the minister has decided: his decision, as recorded, answers.
      const view = await proposalView(this.dataSource, proposalId);
      if (!view) throw err;
      return decideEntryTakeOff(view, nominationId).outcome;
    }
  }
}
