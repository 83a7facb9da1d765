import { allHandlersFinished, condition, patched, setHandler, uuid4 } from '@temporalio/workflow';
import {
  checkBlockReview,
  checkResubmission,
  decideConferenceOutcome,
  decideSubmission,
  NominationStage,
  SYSTEM_ACTOR,
  type Actor,
  type BallotCommand,
  type BlockReviewCommand,
  type ConferencePlacement,
  type MinisterDecisionCommand,
  type ResubmitCommand,
  type WithdrawCommand,
  type NominationView,
  type SubmitCommand,
} from '#domain';
import {
  blockReviewUpdate,
  calendarMovedSignal,
  castBallotUpdate,
  cycleClosedSignal,
  closeVoteUpdate,
  conferenceHeldSignal,
  getNominationQuery,
  getOpenTasksQuery,
  ministerDecisionUpdate,
  resubmitUpdate,
  submissionRecordedUpdate,
  withdrawUpdate,
} from './messages.js';
import { watchDeadlines } from './deadline-watch.js';
import { NominationProcess, refusing, validating } from './nomination-process.js';

/**
 * Marks executions that keep deadlines (reminders, escalation, the quorum grace period,
 * revision expiry), follow moved dates and tell the unit its outcome. Executions started
 * before this code replay without it (test/replay.test.ts proves both).
 */
export const NOMINATION_CALENDAR_PATCH = 'nomination-calendar-v1';

/**
 * One nomination, from the unit's proposal to the conference: block review (with up to
 * two rounds of changes), council vote, minister decision, conference honouring.
 * People decide through updates, each checked by a validator first, so a wrong actor,
 * a wrong stage or a decision already taken is refused synchronously and changes nothing.
 */
export async function nominationWorkflow(submission: SubmitCommand): Promise<NominationView> {
  const nomination = new NominationProcess(submission.nominationId);
  nomination.followsCalendar = patched(NOMINATION_CALENDAR_PATCH);
  nomination.calendarVersion = submission.targets.calendarVersion ?? 1;
  let submitted = false;
  let placement: ConferencePlacement | undefined;

  setHandler(getNominationQuery, () => nomination.view);
  setHandler(getOpenTasksQuery, () => nomination.tasks);
  setHandler(submissionRecordedUpdate, async () => {
    await condition(() => submitted);
    return nomination.current;
  });
  setHandler(
    blockReviewUpdate,
    refusing((cmd) => nomination.reviewBlock(cmd)),
    {
      validator: validating((cmd: BlockReviewCommand) => checkBlockReview(nomination.state, cmd)),
    },
  );
  setHandler(
    resubmitUpdate,
    refusing((cmd) => nomination.resubmit(cmd)),
    {
      validator: validating((cmd: ResubmitCommand) => checkResubmission(nomination.state, cmd)),
    },
  );
  setHandler(
    castBallotUpdate,
    refusing((cmd) => nomination.castBallot(cmd)),
    {
      validator: validating((cmd: BallotCommand) => nomination.checkBallot(cmd)),
    },
  );
  setHandler(
    closeVoteUpdate,
    refusing(({ actor }) => nomination.closeVote(actor.username)),
    {
      validator: validating(({ actor }: { actor: Actor }) => nomination.checkCloseVote(actor)),
    },
  );
  setHandler(
    ministerDecisionUpdate,
    refusing((cmd) => nomination.decideAsMinister(cmd)),
    {
      validator: validating((cmd: MinisterDecisionCommand) => nomination.checkMinisterDecision(cmd)),
    },
  );
  setHandler(
    withdrawUpdate,
    refusing((cmd) => nomination.withdraw(cmd)),
    {
      validator: validating((cmd: WithdrawCommand) => nomination.checkWithdrawal(cmd)),
    },
  );
  setHandler(conferenceHeldSignal, (result) => {
    placement = result;
  });

  await nomination.record(decideSubmission(submission, uuid4()), submission.actor.username);
  submitted = true;
  let deadlines: Promise<void> = Promise.resolve();
  if (nomination.followsCalendar) {
    setHandler(calendarMovedSignal, (moved) => nomination.moveTargets(moved));
    setHandler(cycleClosedSignal, async ({ conferenceDate }) => {
      // A nomination placed at the conference ends with its placement, not here.
      if (placement === undefined) await nomination.closeWithCycle(conferenceDate);
    });
    deadlines = watchDeadlines(nomination);
  }

  await condition(
    () =>
      nomination.current.stage === NominationStage.CLOSED ||
      (nomination.current.stage === NominationStage.AWAITING_CONFERENCE && placement !== undefined && !nomination.deciding),
  );
  if (nomination.current.stage === NominationStage.AWAITING_CONFERENCE && placement) {
    await nomination.record(decideConferenceOutcome(nomination.state, placement), SYSTEM_ACTOR);
  }
  await deadlines;
  await condition(allHandlersFinished);
  await nomination.flushed();
  return nomination.current;
}
