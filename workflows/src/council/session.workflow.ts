import { allHandlersFinished, condition, patched, setHandler, uuid4, workflowInfo } from '@temporalio/workflow';
import {
  councilVoteDue,
  QUORUM_GRACE_DAYS,
  Role,
  sessionQuorum,
  SessionStatus,
  SYSTEM_ACTOR,
  voteBeingCounted,
  type Actor,
  type SessionCloser,
  type SessionRules,
  type SessionView,
} from '#domain';
import type { NominationRef } from '../activity-contracts.js';
import { refusing, validating } from '../common/refusals.js';
import {
  agendaItemWithdrawnSignal,
  ballotReceivedUpdate,
  closeSessionUpdate,
  declareConflictUpdate,
  editAgendaUpdate,
  getSessionQuery,
  openSessionUpdate,
  sessionCalendarMovedSignal,
  sessionComposedUpdate,
} from './messages.js';
import { ballotReminderNotice, quorumGraceNotice, sessionClosedNotice, sessionDueMovedNotice, sessionOpenedNotice } from './notices.js';
import { activities, SessionProcess } from './session-process.js';

/** The patch after which a conflict declared while voting recuses the member at once. */
export const CONFLICT_RECUSES_WHILE_VOTING = 'conflict-recuses-while-voting';
/** The patch after which members who have not voted are reminded a day before the due time, and told of the grace period. */
export const SESSION_BALLOT_REMINDERS = 'session-ballot-reminders';

/** Members who have not voted are reminded this long before their ballots are due. */
const BALLOT_REMINDER_BEFORE_MS = 86_400_000;

export interface SessionStart {
  sessionId: string;
  cycleCode: string;
  title: string;
  meetingAt: string;
  rules: SessionRules;
  /** The cycle's council vote target when the session was composed: ballots are due then. */
  councilVoteTarget: string;
  actor: Actor;
  nominations: NominationRef[];
}

const DAY = 86_400_000;

/** The process closes a session; nobody signs for it. */
const PROCESS_ACTOR: Actor = { username: SYSTEM_ACTOR, fullName: 'Hệ thống', roles: [Role.STANDING_OFFICE] };

/**
 * One council session (phiên họp): composed (the nominations join its agenda), opened (each member
 * of the cycle's council gets one ballot task for the whole agenda), closed (by the standing
 * office, when everyone has voted, or when due, with the grace period for quorum), counted once.
 * The choices never pass through here: the API drops them in the ballot box, and this workflow
 * hears only that a member has voted, and, at the close, the totals (or nothing, without quorum).
 */
export async function councilSessionWorkflow(start: SessionStart): Promise<SessionView> {
  const session = new SessionProcess(start.sessionId);
  let composed = false;
  // The council vote target in force: the one when composed, then each newer calendar's.
  let councilVoteTarget = start.councilVoteTarget;
  let calendarVersion = 0;
  const open = () => session.view?.status === SessionStatus.VOTING;
  const refuseWhileCounting = () => {
    if (session.counting) throw voteBeingCounted();
  };

  setHandler(getSessionQuery, () => session.view);
  setHandler(sessionComposedUpdate, async () => {
    await condition(() => composed);
    return session.current;
  });
  setHandler(
    editAgendaUpdate,
    refusing(async ({ actor, add = [], remove = [] }) => {
      for (const nominationId of remove) await session.execute({ type: 'RemoveAgendaItem', actor, nominationId }, actor.username);
      const leaving = remove.flatMap((id: string) => {
        const item = start.nominations.find((n) => n.nominationId === id) ?? session.current.agenda.find((i) => i.nominationId === id);
        return item ? [{ nominationId: id, workflowId: item.workflowId }] : [];
      });
      if (leaving.length) await activities.leaveSession({ sessionId: start.sessionId, nominations: leaving });
      await join(add, actor);
      return session.current;
    }),
    {
      validator: validating(({ actor, remove = [] }: { actor: Actor; remove?: string[] }) => {
        for (const nominationId of remove) session.check({ type: 'RemoveAgendaItem', actor, nominationId });
        session.check({
          type: 'AddAgendaItem',
          actor,
          item: { nominationId: '', workflowId: '', unitCode: '', nomineeName: '', nomineeKind: 'INDIVIDUAL', blockScore: null },
        });
      }),
    },
  );
  setHandler(
    openSessionUpdate,
    refusing(async ({ actor }) => {
      await session.exclusively(async () => undefined);
      const members = await activities.sessionMembers({ cycleCode: start.cycleCode });
      const ballots = members.map((m) => ({ taskId: uuid4(), member: m.username }));
      const dueAt = councilVoteDue(councilVoteTarget, new Date().toISOString());
      session.check({ type: 'Open', actor, members, ballots, dueAt });
      await activities.openBallotBox({ sessionId: start.sessionId, nominationIds: session.current.agenda.map((i) => i.nominationId) });
      await session.execute({ type: 'Open', actor, members, ballots, dueAt }, actor.username);
      await activities.notify({ notices: [sessionOpenedNotice(session.current)] });
      return session.current;
    }),
    {
      validator: validating(({ actor }: { actor: Actor }) =>
        session.check({
          type: 'Open',
          actor,
          members: [{ username: '', fullName: '', title: '', unitCode: null, councilRole: 'MEMBER' }],
          ballots: [],
          dueAt: '',
        }),
      ),
    },
  );
  setHandler(
    declareConflictUpdate,
    refusing(async (cmd) => {
      // Sessions started before this patch recorded a conflict declared while voting without recusing the member.
      const recuseWhileVoting = patched(CONFLICT_RECUSES_WHILE_VOTING);
      await session.execute({ type: 'DeclareConflict', ...cmd, recuseWhileVoting }, cmd.actor.username);
      return session.current;
    }),
    {
      validator: validating((cmd: { actor: Actor; nominationId: string; note: string }) =>
        session.check({ type: 'DeclareConflict', ...cmd }),
      ),
    },
  );
  setHandler(
    ballotReceivedUpdate,
    refusing(async (cmd) => {
      await session.execute({ type: 'ReceiveBallot', ...cmd }, cmd.actor.username);
      if (open() && session.current.received.length >= session.current.ballots.length) await close({ kind: 'PROCESS', why: 'ALL_VOTED' });
      return session.current;
    }),
    {
      validator: validating((cmd: { actor: Actor; member: string; via: 'BALLOT' | 'WRITTEN_OPINION'; documentId?: string }) => {
        refuseWhileCounting();
        session.check({ type: 'ReceiveBallot', ...cmd });
      }),
    },
  );
  setHandler(
    closeSessionUpdate,
    refusing(async ({ actor }) => {
      await close({ kind: 'PERSON', username: actor.username }, actor);
      return session.current;
    }),
    {
      validator: validating(({ actor }: { actor: Actor }) => {
        refuseWhileCounting();
        session.check({ type: 'Close', by: { kind: 'PERSON', username: actor.username }, actor, box: { cast: 0, totals: [] } });
      }),
    },
  );
  setHandler(sessionCalendarMovedSignal, async (moved) => {
    if (moved.calendarVersion <= calendarVersion) return;
    calendarVersion = moved.calendarVersion;
    if (moved.councilVoteTarget === councilVoteTarget) return;
    councilVoteTarget = moved.councilVoteTarget;
    await condition(() => composed);
    const { reason } = moved;
    const events = await session.execute({ type: 'FollowCalendar', councilVoteTarget, calendarVersion, reason }, moved.movedBy);
    if (events.length) await activities.notify({ notices: [sessionDueMovedNotice(session.current, reason)] });
  });
  setHandler(agendaItemWithdrawnSignal, async ({ nominationId }) => {
    await session.execute({ type: 'DropAgendaItem', nominationId, why: 'WITHDRAWN' }, SYSTEM_ACTOR);
  });

  /** Asks the nominations to join; those that may are added to the agenda. */
  async function join(nominations: { nominationId: string; workflowId: string }[], actor: Actor): Promise<void> {
    if (nominations.length === 0) return;
    const { joined } = await activities.joinSession({ sessionId: start.sessionId, nominations });
    for (const item of joined) await session.execute({ type: 'AddAgendaItem', actor, item }, actor.username);
  }

  /** Seals and counts the box once, records the result, and tells every nomination on the agenda. */
  async function close(by: SessionCloser, actor: Actor = PROCESS_ACTOR): Promise<void> {
    await session.exclusively(async () => {
      if (!open()) return;
      session.counting = true;
      try {
        const quorumNeeded = sessionQuorum(session.current, 0).needed;
        const box = await activities.countBallotBox({ sessionId: start.sessionId, quorumNeeded });
        // A ballot the API put in the box but could not tell us about before the seal still counts.
        for (const voter of box.voters) {
          if (session.current.received.some((r) => r.member === voter.member)) continue;
          await session.commitNow({ type: 'ReceiveBallot', actor: PROCESS_ACTOR, fromBox: true, ...voter }, SYSTEM_ACTOR);
        }
        await session.commitNow(
          { type: 'Close', by, actor, box: { cast: box.voters.length, totals: box.totals } },
          by.kind === 'PERSON' ? by.username : SYSTEM_ACTOR,
        );
      } finally {
        session.counting = false;
      }
    });
    const view = session.current;
    const byId = new Map((view.results ?? []).map((r) => [r.nominationId, r]));
    await activities.announceSessionOutcome({
      sessionId: start.sessionId,
      quorumNeeded: view.quorum?.needed ?? 0,
      outcomes: view.agenda.map((item) => ({ workflowId: item.workflowId, result: byId.get(item.nominationId) ?? null })),
    });
    await activities.notify({ notices: [sessionClosedNotice(view)] });
  }

  const { nominations: _asked, councilVoteTarget: _target, ...composition } = start;
  await session.execute({ type: 'Compose', ...composition, workflowId: workflowInfo().workflowId }, start.actor.username);
  await join(start.nominations, start.actor);
  composed = true;

  await condition(() => session.current.status !== SessionStatus.DRAFT);
  if (open()) await closeWhenDue();
  await condition(allHandlersFinished);
  return session.current;

  /**
   * Voting: until everyone has voted, the standing office closes it, or it is due (then, short of
   * quorum, the grace period). A calendar move while waiting makes it wait for the new date.
   */
  async function closeWhenDue(): Promise<void> {
    const ended = () => !open();
    const quorate = () => session.current.received.length >= sessionQuorum(session.current, 0).needed;
    for (;;) {
      const dueAt = session.current.dueAt ?? new Date().toISOString();
      const moved = () => session.current.dueAt !== dueAt;
      // Sessions started before reminders waited for the due time only (their histories replay so).
      const remindAt = Date.parse(dueAt) - BALLOT_REMINDER_BEFORE_MS;
      if (remindAt > Date.now() && patched(SESSION_BALLOT_REMINDERS)) {
        if (await condition(() => ended() || moved(), remindAt - Date.now())) {
          if (ended()) return;
          continue;
        }
        await activities.notify({ notices: [ballotReminderNotice(session.current)] });
      }
      if (await condition(() => ended() || moved(), Math.max(0, Date.parse(dueAt) - Date.now()))) {
        if (ended()) return;
        continue;
      }
      if (!quorate()) {
        if (patched(SESSION_BALLOT_REMINDERS))
          await activities.notify({ notices: [quorumGraceNotice(session.current, QUORUM_GRACE_DAYS * DAY)] });
        const woke = await condition(() => ended() || quorate() || moved(), QUORUM_GRACE_DAYS * DAY);
        if (woke && moved() && !ended()) continue;
      }
      if (!ended()) await close({ kind: 'PROCESS', why: 'DUE' });
      return;
    }
  }
}
