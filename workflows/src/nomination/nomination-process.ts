import { ApplicationFailure, condition, patched, proxyActivities, upsertSearchAttributes, uuid4 } from '@temporalio/workflow';
import {
  applyTaskChanges,
  checkBallot,
  checkCloseVote,
  checkMinisterDecision,
  checkWithdrawal,
  compensationsFor,
  decideBallot,
  decideCycleClosed,
  decideBlockReview,
  decideMinisterRejection,
  decideOpenCouncilVote,
  decideResubmission,
  decideSeatReservation,
  decideVoteClosing,
  decideWithdrawal,
  decideDeadline,
  decisionSignature,
  DomainError,
  emptyTally,
  evolveNomination,
  NominationStage,
  NominationStatus,
  pendingDeadlines,
  Role,
  SYSTEM_ACTOR,
  taskChanges,
  TaskType,
  type Actor,
  type BallotCommand,
  type BlockReviewCommand,
  type CompensationCause,
  type Deadline,
  type MinisterDecisionCommand,
  type NominationEvent,
  type NominationState,
  type NominationView,
  type OpenTask,
  type RecordedEvent,
  type ResubmitCommand,
  type Tally,
  type WithdrawCommand,
} from '#domain';
import type { NominationActivities, NoticeRequest, Recipient } from '../activity-contracts.js';
import { PERSISTENT } from '../activity-options.js';
import type { CalendarMoved } from './messages.js';
import { NominationStageKey, NominationStatusKey } from '../search-attributes.js';

const activities = proxyActivities<NominationActivities>(PERSISTENT);

/** Marks votes whose ballots are sealed (the choice never in the history in the clear). */
export const SEALED_BALLOTS_PATCH = 'sealed-ballots-v1';

type Recorder = (input: { nominationId: string; events: RecordedEvent[] }) => Promise<void>;

const UNDO_ACTIVITY: Partial<Record<NominationEvent['type'], Recorder>> = {
  BlockListEntryCompensated: activities.undoBlockListEntry,
  CouncilAgendaItemCompensated: activities.undoCouncilAgendaItem,
  ConferenceSeatCompensated: activities.undoConferenceSeat,
};

/**
 * The state of one nomination inside its workflow, and the only way it changes:
 * decisions from the pure domain become events, which are applied here at once (so the
 * next update's validator already sees them) and appended to the store strictly in order.
 */
export class NominationProcess {
  view: NominationView | null = null;
  tasks: OpenTask[] = [];
  /** Set while a minister's approval is being numbered: nothing else may decide meanwhile. */
  deciding = false;
  /**
   * Whether this execution keeps deadlines, follows moved dates and tells the unit its
   * outcome (set from patched(): executions started before that code do none of it).
   */
  followsCalendar = false;
  /** The cycle calendar version the nomination's dates come from. */
  calendarVersion = 1;
  /**
   * Whether this vote's ballots are sealed and counted by the worker (patched() when the vote
   * opens); votes opened by earlier code counted clear choices in the workflow.
   */
  sealedBallots = false;
  /** The running count of the secret ballot; only its totals ever leave the workflow. */
  private tally: Tally = emptyTally();
  private appended: Promise<void> = Promise.resolve();

  constructor(private readonly nominationId: string) {}

  get state(): NominationState {
    if (this.view === null) throw new DomainError('CONFLICT', 'The nomination is still being recorded');
    return { view: this.view, tasks: this.tasks };
  }

  get current(): NominationView {
    return this.state.view;
  }

  /** Resolves once everything recorded so far is in the store. */
  flushed(): Promise<void> {
    return this.appended;
  }

  record(events: NominationEvent[], actor: string, via: Recorder = activities.recordEvents): Promise<void> {
    const recorded = events.map((event) => this.apply(this.stamp(event, actor)));
    return this.enqueue(() => via({ nominationId: this.nominationId, events: recorded }));
  }

  // ------------------------------------------------------------ decisions

  async reviewBlock(cmd: BlockReviewCommand): Promise<NominationView> {
    const events = decideBlockReview(this.state, cmd, uuid4(), new Date());
    await this.record(events, cmd.actor.username);
    if (events.some((e) => e.type === 'BlockEndorsed')) await this.openCouncilVote();
    if (events.some((e) => e.type === 'NominationRejected')) await this.conclude('REJECTED');
    return this.current;
  }

  async resubmit(cmd: ResubmitCommand): Promise<NominationView> {
    await this.record(decideResubmission(this.state, cmd, uuid4()), cmd.actor.username);
    return this.current;
  }

  checkBallot(cmd: BallotCommand): void {
    if (this.deciding) throw new DomainError('CONFLICT', 'The vote is being counted');
    if (this.sealedBallots && cmd.sealedChoice === undefined) throw new DomainError('INVALID', 'A ballot of this vote must be sealed');
    checkBallot(this.state, cmd);
  }

  async castBallot(cmd: BallotCommand): Promise<NominationView> {
    const { events, tally } = decideBallot(this.state, cmd, this.tally);
    this.tally = tally;
    const { sealedChoice } = cmd;
    const recording =
      this.sealedBallots && sealedChoice !== undefined
        ? this.record(events, cmd.actor.username, (input) => activities.recordBallot({ ...input, sealedChoice }))
        : this.record(events, cmd.actor.username);
    const everyoneVoted = !this.tasks.some((t) => t.type === TaskType.COUNCIL_BALLOT);
    // Decided synchronously, so two last ballots racing cannot both close the vote.
    const closing = everyoneVoted ? this.closeVote(SYSTEM_ACTOR) : Promise.resolve(this.current);
    await recording;
    await closing;
    return this.current;
  }

  checkCloseVote(actor: Actor): void {
    if (this.deciding) throw new DomainError('CONFLICT', 'The vote is being counted');
    checkCloseVote(this.state, actor);
  }

  /** Closes the vote and counts it: sealed ballots are counted by the worker, after every ballot is in the box. */
  async closeVote(actor: string): Promise<NominationView> {
    if (!this.sealedBallots) return this.countAndClose(this.tally, actor);
    this.deciding = true;
    let events: NominationEvent[];
    try {
      await this.flushed();
      const tally = await activities.countBallots({ nominationId: this.nominationId, members: this.current.councilMembers ?? 0 });
      events = decideVoteClosing(this.state, tally, uuid4());
      await this.record(events, actor);
    } finally {
      this.deciding = false;
    }
    if (events.some((e) => e.type === 'NominationRejected')) await this.conclude('REJECTED');
    return this.current;
  }

  private async countAndClose(tally: Tally, actor: string): Promise<NominationView> {
    const events = decideVoteClosing(this.state, tally, uuid4());
    await this.record(events, actor);
    if (events.some((e) => e.type === 'NominationRejected')) await this.conclude('REJECTED');
    return this.current;
  }

  checkMinisterDecision(cmd: MinisterDecisionCommand): void {
    if (this.deciding) throw new DomainError('CONFLICT', 'A decision on this nomination is being recorded: try again in a moment');
    checkMinisterDecision(this.state, cmd);
  }

  async decideAsMinister(cmd: MinisterDecisionCommand): Promise<NominationView> {
    if (cmd.decision === 'REJECT') {
      await this.record(decideMinisterRejection(this.state, cmd), cmd.actor.username);
      await this.conclude('REJECTED');
      return this.current;
    }
    this.checkMinisterDecision(cmd);
    this.deciding = true;
    try {
      await this.issueDecision(cmd.actor);
      await this.record(decideSeatReservation(this.state), SYSTEM_ACTOR);
    } finally {
      this.deciding = false;
    }
    return this.current;
  }

  checkWithdrawal(cmd: WithdrawCommand): void {
    if (this.deciding) throw new DomainError('CONFLICT', 'A decision on this nomination is being recorded: try again in a moment');
    checkWithdrawal(this.state, cmd);
  }

  async withdraw(cmd: WithdrawCommand): Promise<NominationView> {
    await this.record(decideWithdrawal(this.state, cmd), cmd.actor.username);
    await this.conclude('WITHDRAWN');
    return this.current;
  }

  // ------------------------------------------------------------ dates and deadlines

  /** Takes the dates now in force after the cycle's calendar moved (newer versions only). */
  async moveTargets(moved: CalendarMoved): Promise<void> {
    // Not while an approval is being numbered: its event must keep its place in the stream.
    await condition(() => !this.deciding);
    if (moved.calendarVersion <= this.calendarVersion) return;
    this.calendarVersion = moved.calendarVersion;
    const view = this.current;
    if (view.status !== NominationStatus.IN_PROGRESS) return;
    const targets = { ...moved.targets, revisionDays: view.targets.revisionDays, calendarVersion: moved.calendarVersion };
    await this.record(
      [
        {
          type: 'NominationTargetsMoved',
          data: { previous: view.targets, targets, reason: moved.reason, calendarVersion: moved.calendarVersion },
        },
      ],
      moved.movedBy,
    );
  }

  /** The cycle closed while this nomination was still going: it ends, recognised or expired. */
  async closeWithCycle(conferenceDate: string): Promise<void> {
    await condition(() => !this.deciding);
    const events = decideCycleClosed(this.state, conferenceDate);
    if (events.length === 0) return;
    await this.record(events, SYSTEM_ACTOR);
    if (events.some((e) => e.type === 'NominationExpired')) await this.conclude('EXPIRED');
  }

  /** Does what is due: reminders (all those due at the same instant together), escalation, closing the vote, expiry. */
  async meetDeadline(deadline: Deadline): Promise<void> {
    const { view } = this.state;
    const nominee = view.nominee.fullName;
    switch (deadline.kind) {
      case 'REMIND': {
        const due = pendingDeadlines(this.state).filter(
          (d): d is Extract<Deadline, { kind: 'REMIND' }> => d.kind === 'REMIND' && d.at === deadline.at,
        );
        await this.record(
          due.flatMap((d) => decideDeadline(d, this.state)),
          SYSTEM_ACTOR,
        );
        await activities.notify({
          notices: due.map(({ task }) => ({
            occasion: `task-reminder:${task.id}:${task.dueAt}`,
            kind: 'TASK_REMINDER',
            to: recipientsOf(task),
            cycleCode: view.cycleCode,
            nominationId: view.id,
            facts: { taskType: task.type, dueAt: task.dueAt, nominee },
          })),
        });
        return;
      }
      case 'ESCALATE': {
        const { task } = deadline;
        await this.record(decideDeadline(deadline, this.state), SYSTEM_ACTOR);
        await activities.notify({
          notices: [
            {
              occasion: `task-escalation:${task.id}:${task.dueAt}`,
              kind: 'TASK_ESCALATION',
              to: [{ kind: 'ROLE', role: Role.STANDING_OFFICE }],
              cycleCode: view.cycleCode,
              nominationId: view.id,
              facts: { taskType: task.type, dueAt: task.dueAt, nominee, assignee: task.assignee.ref },
            },
          ],
        });
        return;
      }
      case 'CLOSE_VOTE':
        await this.closeVote(SYSTEM_ACTOR);
        return;
      case 'EXPIRE':
        await this.record(decideDeadline(deadline, this.state), SYSTEM_ACTOR);
        await this.conclude('EXPIRED');
        return;
    }
  }

  // ------------------------------------------------------------ steps the process takes itself

  private async openCouncilVote(): Promise<void> {
    const members = await activities.listCouncilMembers({ cycleCode: this.current.cycleCode });
    // The unit may have withdrawn while the members were looked up.
    if (this.current.status !== NominationStatus.IN_PROGRESS || this.current.stage !== NominationStage.COUNCIL_VOTE) return;
    this.tally = emptyTally(members.length);
    this.sealedBallots = patched(SEALED_BALLOTS_PATCH);
    const ballots = members.map((member) => ({ taskId: uuid4(), member }));
    await this.record(decideOpenCouncilVote(this.state, ballots), SYSTEM_ACTOR);
  }

  /** Numbers the decision inside the activity, in the same transaction that records it. */
  private async issueDecision(actor: Actor): Promise<void> {
    const { signature, onBehalfOfMinister } = decisionSignature(actor);
    const approval = this.stamp(
      {
        type: 'MinisterApproved',
        data: { decisionNumber: '', signedBy: actor.username, signerName: actor.fullName, signature, onBehalfOfMinister },
      },
      actor.username,
    );
    const suffix = this.current.rules.decisionSuffix;
    let issued: RecordedEvent | undefined;
    await this.enqueue(async () => {
      issued = await activities.issueMinisterDecision({ nominationId: this.nominationId, suffix, approval });
    });
    this.apply(issued as RecordedEvent);
  }

  /** After a rejection, withdrawal or expiry: undo every effect, then tell the unit why (not for its own withdrawal). */
  private async conclude(cause: CompensationCause): Promise<void> {
    await this.compensate(cause);
    if (!this.followsCalendar || cause === 'WITHDRAWN') return;
    const view = this.current;
    const notice: NoticeRequest = {
      occasion: `outcome:${view.id}`,
      kind: 'NOMINATION_OUTCOME',
      to: [{ kind: 'UNIT', code: view.unitCode }],
      cycleCode: view.cycleCode,
      nominationId: view.id,
      facts: {
        status: view.status,
        stage: view.outcome?.stage ?? view.stage,
        reason: view.outcome?.reason ?? null,
        nominee: view.nominee.fullName,
      },
    };
    await activities.notify({ notices: [notice] });
  }

  /** Undoes every open effect, newest first, each by its own activity and event. */
  private async compensate(cause: CompensationCause): Promise<void> {
    for (const undo of compensationsFor(this.current, cause)) {
      await this.record([undo], SYSTEM_ACTOR, UNDO_ACTIVITY[undo.type]);
    }
  }

  // ------------------------------------------------------------ plumbing

  private stamp(event: NominationEvent, actor: string): RecordedEvent {
    const version = (this.view?.version ?? 0) + 1;
    // Date is deterministic inside a workflow: it is the time of the current workflow task.
    return { ...event, key: `${version}:${event.type}`, actor, occurredAt: new Date().toISOString() } as RecordedEvent;
  }

  private apply(event: RecordedEvent): RecordedEvent {
    const before = this.view;
    this.tasks = applyTaskChanges(this.tasks, taskChanges(event, before, this.tasks));
    this.view = evolveNomination(before, event);
    if (before?.stage !== this.view.stage || before?.status !== this.view.status) {
      upsertSearchAttributes([
        { key: NominationStageKey, value: this.view.stage },
        { key: NominationStatusKey, value: this.view.status },
      ]);
    }
    return event;
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    const next = this.appended.then(step);
    this.appended = next.catch(() => undefined);
    return next;
  }
}

/** Who is reminded of a task: its unit, its council member, or the minister and deputy ministers. */
function recipientsOf(task: OpenTask): Recipient[] {
  switch (task.assignee.kind) {
    case 'UNIT':
      return [{ kind: 'UNIT', code: task.assignee.ref }];
    case 'USER':
      return [{ kind: 'USER', username: task.assignee.ref }];
    case 'MINISTER':
      return [
        { kind: 'ROLE', role: Role.MINISTER },
        { kind: 'ROLE', role: Role.DEPUTY_MINISTER },
      ];
  }
}

/** A refusal as Temporal carries it: an ApplicationFailure whose type is the DomainError's code. */
function asFailure(err: unknown): unknown {
  return err instanceof DomainError ? ApplicationFailure.create({ type: err.code, message: err.message, nonRetryable: true }) : err;
}

/** Update handlers must fail with an ApplicationFailure: any other error would fail the workflow task. */
export function refusing<A extends unknown[], R>(handler: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A) => {
    try {
      return await handler(...args);
    } catch (err) {
      throw asFailure(err);
    }
  };
}

/** A validator whose refusal reaches the caller with its code (FORBIDDEN, CONFLICT, …) as the failure type. */
export function validating<A extends unknown[]>(check: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      check(...args);
    } catch (err) {
      throw asFailure(err);
    }
  };
}
