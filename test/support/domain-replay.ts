import { isDeepStrictEqual } from 'node:util';
import {
  decide,
  decideCycle,
  endedNominationState,
  evolve,
  evolveCycle,
  newCycleState,
  type Actor,
  type CycleCommand,
  type CycleEvent,
  type CycleState,
  type NominationCommand,
  type NominationEvent,
  type NominationState,
  type NominationView,
  type RecordedEvent,
} from '#domain';
import type { RecordedHistory } from './recorded-history.js';

/**
 * The domain under the replay rule. A workflow replays its history with today's code; the domain
 * runs inside it, so today's `decide` and `evolve` must give what the recorded executions stored
 * and answered. For each recorded history this re-decides every batch of events the execution
 * stored (from the command that caused it: an update's input, a signal, a deadline, the process's
 * own step, with the ids and instants the batch recorded) and re-folds them, comparing with the
 * events stored and with the views the updates and the workflow answered.
 */

export interface DomainUnderTest {
  decide: typeof decide;
  evolve: typeof evolve;
  decideCycle: typeof decideCycle;
  evolveCycle: typeof evolveCycle;
}

export const TODAYS_DOMAIN: DomainUnderTest = { decide, evolve, decideCycle, evolveCycle };

export interface Mismatch {
  where: string;
  expected: unknown;
  actual: unknown;
}

const STORING = ['recordEvents', 'recordBallot', 'undoBlockListEntry', 'undoCouncilAgendaItem', 'undoConferenceSeat'];
const COMPENSATIONS = ['BlockListEntryCompensated', 'CouncilAgendaItemCompensated', 'ConferenceSeatCompensated'];

/** What the rules decide, as plain JSON (as a history stores it): type and data, nothing the process stamps. */
const facts = (events: readonly { type: string; data: unknown }[]) =>
  JSON.parse(JSON.stringify(events.map(({ type, data }) => ({ type, data }))));
const versionOf = (event: RecordedEvent) => Number(event.key.split(':')[0]);

/** Hands out the inputs of one kind of update (or signal) in the order they were accepted. */
class Inbox<T> {
  private next = 0;
  constructor(private readonly items: T[]) {}
  take(what: string): T {
    const item = this.items[this.next++];
    if (item === undefined) throw new Error(`no recorded ${what} for this batch`);
    return item;
  }
}

/** The batches one nomination stored, in stream order: each activity's events (an approval as the store numbered it). */
function storedBatches(history: RecordedHistory): RecordedEvent[][] {
  const batches = history.activities.flatMap((a) => {
    if (STORING.includes(a.type)) return [(a.input as { events: RecordedEvent[] }).events];
    if (a.type === 'issueMinisterDecision' && a.result) return [[a.result as RecordedEvent]];
    return [];
  });
  return batches.filter((b) => b.length > 0).sort((a, b) => versionOf(a[0]) - versionOf(b[0]));
}

export function checkNominationHistory(history: RecordedHistory, domain: DomainUnderTest = TODAYS_DOMAIN): Mismatch[] {
  const mismatches: Mismatch[] = [];
  const updates = (name: string) =>
    new Inbox(history.updates.filter((u) => u.name === name).map((u) => u.input as Record<string, unknown>));
  const inbox = {
    blockReview: updates('blockReview'),
    resubmit: updates('resubmit'),
    castBallot: updates('castBallot'),
    closeVote: updates('closeVote'),
    ministerDecision: updates('ministerDecision'),
    withdraw: updates('withdraw'),
  };
  const signal = (name: string) => history.signals.filter((s) => s.name === name).map((s) => s.input as Record<string, unknown>);
  const views = new Map<number, NominationView>();
  const batches = storedBatches(history);
  let state: NominationState | null = null;

  for (let i = 0; i < batches.length; i++) {
    let batch = batches[i];
    const [head] = batch;
    const where = `${history.name}: events from version ${versionOf(head)} (${batch.map((e) => e.type).join(', ')})`;
    try {
      let command: NominationCommand;
      if (COMPENSATIONS.includes(head.type)) {
        // A saga stores each undo by its own activity: the rules decide them all at once, newest first.
        while (batches[i + 1] && COMPENSATIONS.includes(batches[i + 1][0].type)) batch = [...batch, ...batches[++i]];
        command = { type: 'Compensate', cause: (head.data as { cause: 'REJECTED' }).cause };
      } else {
        command = commandFor(batch, state, history, inbox, signal);
      }
      const decided = facts(domain.decide(state, command));
      if (head.type === 'MinisterApproved') decided[0].data.decisionNumber = (head.data as { decisionNumber: string }).decisionNumber;
      if (!isDeepStrictEqual(decided, facts(batch)))
        mismatches.push({ where: `${where}: decided`, expected: facts(batch), actual: decided });
    } catch (err) {
      mismatches.push({ where: `${where}: decided`, expected: facts(batch), actual: String(err) });
    }
    for (const event of batch) {
      state = domain.evolve(state, event);
      views.set(state.view.version, state.view);
    }
  }

  const answers = [
    ...history.updates.map((u) => ({ where: `the answer to ${u.name} (update ${u.eventId})`, view: u.outcome })),
    { where: 'the workflow result', view: history.result },
  ];
  for (const { where, view } of answers) {
    if (!isNominationView(view)) continue;
    const recorded = view as unknown as Record<string, unknown>;
    const folded = JSON.parse(JSON.stringify(views.get(view.version) ?? {})) as Record<string, unknown>;
    const fields = Object.keys(recorded).filter((field) => !isDeepStrictEqual(folded[field], recorded[field]));
    if (fields.length) {
      mismatches.push({
        where: `${history.name}: ${where}, version ${view.version}`,
        expected: Object.fromEntries(fields.map((f) => [f, recorded[f]])),
        actual: Object.fromEntries(fields.map((f) => [f, folded[f]])),
      });
    }
  }
  return mismatches;
}

type Inboxes = Record<
  'blockReview' | 'resubmit' | 'castBallot' | 'closeVote' | 'ministerDecision' | 'withdraw',
  Inbox<Record<string, unknown>>
>;

/** The command that caused a batch: a person's update, a signal, a deadline or the process's own step. */
function commandFor(
  batch: RecordedEvent[],
  state: NominationState | null,
  history: RecordedHistory,
  inbox: Inboxes,
  signal: (name: string) => Record<string, unknown>[],
): NominationCommand {
  const [head] = batch;
  const data = head.data as Record<string, unknown>;
  const taskById = (id: unknown) => {
    const task = state?.tasks.find((t) => t.id === id);
    if (!task) throw new Error(`task ${String(id)} is not open`);
    return task;
  };
  switch (head.type) {
    case 'NominationSubmitted':
      return {
        type: 'Submit',
        ...(history.input as Omit<Extract<NominationCommand, { type: 'Submit' }>, 'type' | 'reviewTaskId' | 'rulesVersion'>),
        reviewTaskId: data.reviewTaskId as string,
        rulesVersion: (data.rulesVersion as number | undefined) ?? 1,
      };
    case 'BlockEndorsed':
    case 'ChangesRequested':
      return blockReview();
    case 'NominationRejected':
      return blockReview(); // alone in its batch only when the block rejects (or a third change request does)
    case 'NominationResubmitted':
      return {
        type: 'Resubmit',
        ...(inbox.resubmit.take('resubmission') as { actor: Actor; changes: string }),
        reviewTaskId: data.reviewTaskId as string,
      };
    case 'CouncilAgendaItemAdded':
      return { type: 'OpenCouncilVote', ballots: (batch[1].data as unknown as { ballots: [] }).ballots };
    case 'BallotCast':
      return { type: 'CastBallot', ...(inbox.castBallot.take('ballot') as { actor: Actor }) };
    case 'CouncilVotePassed':
    case 'CouncilVoteFailed': {
      const by =
        head.actor === 'system'
          ? ({ kind: 'PROCESS' } as const)
          : ({ kind: 'PERSON', actor: (inbox.closeVote.take('closing of the vote') as { actor: Actor }).actor } as const);
      return {
        type: 'CloseCouncilVote',
        by,
        tally: (data.tally ?? null) as never,
        decisionTaskId: (data.decisionTaskId as string | undefined) ?? '',
      };
    }
    case 'MinisterApproved':
    case 'MinisterRejected':
      return { type: 'DecideAsMinister', ...(inbox.ministerDecision.take('minister decision') as { actor: Actor; decision: 'APPROVE' }) };
    case 'ConferenceSeatReserved':
      return { type: 'ReserveConferenceSeat' };
    case 'NominationWithdrawn':
      return { type: 'Withdraw', ...(inbox.withdraw.take('withdrawal') as { actor: Actor }) };
    case 'NominationTargetsMoved': {
      const moved = signal('calendarMoved').find((s) => s.calendarVersion === data.calendarVersion);
      if (!moved) throw new Error(`no calendarMoved signal for version ${String(data.calendarVersion)}`);
      return {
        type: 'MoveTargets',
        calendarVersion: moved.calendarVersion as number,
        targets: moved.targets as never,
        reason: moved.reason as string,
      };
    }
    case 'TaskReminded':
      return { type: 'RemindTasks', tasks: batch.map((e) => taskById((e.data as { taskId: string }).taskId)) };
    case 'TaskEscalated':
      return { type: 'EscalateTask', task: taskById(data.taskId) };
    case 'NominationExpired': {
      const revision = state?.tasks.find((t) => t.type === 'REVISION');
      if (revision && String(data.reason).startsWith('Not resubmitted')) return { type: 'ExpireRevision', task: revision };
      return closedWithCycle();
    }
    case 'NominationHonoured':
      return atConference();
    case 'ConferenceSeatReleased':
    case 'NominationRecognised': {
      const recognised = batch.find((e) => e.type === 'NominationRecognised')?.data as { reason: string } | undefined;
      return recognised?.reason === 'CONFERENCE_ALREADY_HELD' ? closedWithCycle() : atConference();
    }
    default:
      throw new Error(`no command is known to record ${head.type} first`);
  }

  function blockReview(): NominationCommand {
    const review = inbox.blockReview.take('block review') as { actor: Actor; decision: 'ENDORSE' };
    return { type: 'ReviewBlock', ...review, revisionTaskId: (data.revisionTaskId as string | undefined) ?? '', at: head.occurredAt };
  }
  function closedWithCycle(): NominationCommand {
    const [closed] = signal('cycleClosed');
    if (!closed) throw new Error('no cycleClosed signal');
    return { type: 'CloseWithCycle', conferenceDate: closed.conferenceDate as string };
  }
  function atConference(): NominationCommand {
    const [placement] = signal('conferenceHeld');
    if (!placement) throw new Error('no conferenceHeld signal');
    return { type: 'PlaceAtConference', placement: placement as never };
  }
}

function isNominationView(value: unknown): value is NominationView {
  return typeof value === 'object' && value !== null && 'version' in value && 'nomineeKey' in value;
}

/** A revocation: the decision that annuls the recognition, then the undo of every effect still open. */
export function checkRevocationHistory(history: RecordedHistory, domain: DomainUnderTest = TODAYS_DOMAIN): Mismatch[] {
  const { actor, reason } = history.input as { actor: Actor; reason: string };
  const loaded = history.activities.find((a) => a.type === 'loadNomination')?.result as NominationView;
  let state = endedNominationState(loaded, 1);
  const mismatches: Mismatch[] = [];
  const compare = (where: string, decided: NominationEvent[], stored: RecordedEvent[]) => {
    if (!isDeepStrictEqual(facts(decided), facts(stored)))
      mismatches.push({ where: `${history.name}: ${where}`, expected: facts(stored), actual: facts(decided) });
  };
  const issue = history.activities.find((a) => a.type === 'issueMinisterDecision');
  compare('the revocation', domain.decide(state, { type: 'Revoke', actor, reason }), [
    (issue?.input as { approval: RecordedEvent }).approval,
  ]);
  state = domain.evolve(state, issue?.result as RecordedEvent);
  const undone = history.activities
    .filter((a) => a.type.startsWith('undo'))
    .flatMap((a) => (a.input as { events: RecordedEvent[] }).events);
  compare('the undoing of its effects', domain.decide(state, { type: 'Compensate', cause: 'REVOKED' }), undone);
  for (const event of undone) state = domain.evolve(state, event);
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(state.view)), history.result)) {
    mismatches.push({ where: `${history.name}: the workflow result`, expected: history.result, actual: state.view });
  }
  return mismatches;
}

/** A cycle: each calendar move, the conference and the closing, re-decided from the requests and re-folded. */
export function checkCycleHistory(history: RecordedHistory, domain: DomainUnderTest = TODAYS_DOMAIN): Mismatch[] {
  const input = history.input as { cycleCode: string; calendar?: CycleState['calendar']; calendarVersion?: number };
  if (!input.calendar) return []; // a cycle from before cycles kept a calendar records no events of its own
  let state = newCycleState(input.cycleCode, input.calendar, input.calendarVersion ?? 1);
  const mismatches: Mismatch[] = [];
  const moves = new Inbox(
    history.updates.filter((u) => u.name === 'moveCalendar' && (u.outcome as { changed?: string[] })?.changed?.length),
  );
  const holder = history.updates.find((u) => u.name === 'holdConference')?.input as { actor: Actor } | undefined;
  const stored = history.activities.filter((a) => a.type === 'recordCycleEvent').map((a) => (a.input as { event: CycleEvent }).event);
  for (const event of stored) {
    let command: CycleCommand;
    let move: { input: unknown; outcome?: unknown } | undefined;
    switch (event.type) {
      case 'CycleCalendarMoved':
        move = moves.take('calendar move');
        command = { type: 'MoveCalendar', ...(move.input as { actor: Actor; changes: object; reason: string }), at: event.occurredAt };
        break;
      case 'ConferenceHeld':
        command = {
          type: 'HoldConference',
          by: holder ? { kind: 'PERSON', actor: holder.actor } : { kind: 'PROCESS' },
          heldAt: event.data.heldAt,
          honoured: event.data.honoured,
          recognised: event.data.recognised,
        };
        break;
      case 'CycleClosed':
        command = { type: 'CloseCycle' };
        break;
      default:
        continue; // SubmissionsClosed is recorded by the worker with the units it found
    }
    try {
      const decided = facts(domain.decideCycle(state, command));
      if (!isDeepStrictEqual(decided, facts([event]))) {
        mismatches.push({ where: `${history.name}: ${event.key}`, expected: facts([event]), actual: decided });
      }
    } catch (err) {
      mismatches.push({ where: `${history.name}: ${event.key}`, expected: facts([event]), actual: String(err) });
    }
    state = domain.evolveCycle(state, event);
    const answer = move?.outcome as { calendar: unknown; calendarVersion: number } | undefined;
    if (
      answer &&
      !isDeepStrictEqual(
        { calendar: answer.calendar, calendarVersion: answer.calendarVersion },
        { calendar: state.calendar, calendarVersion: state.calendarVersion },
      )
    ) {
      mismatches.push({
        where: `${history.name}: the answer to the move to version ${answer.calendarVersion}`,
        expected: answer,
        actual: state,
      });
    }
  }
  return mismatches;
}
