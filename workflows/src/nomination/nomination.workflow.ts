import { allHandlersFinished, condition, patched, setHandler, uuid4 } from '@temporalio/workflow';
import {
  decide,
  NominationStage,
  SYSTEM_ACTOR,
  type Actor,
  type BallotCommand,
  type BlockReviewCommand,
  type ConferencePlacement,
  type MinisterDecisionCommand,
  type NominationView,
  type ResubmitCommand,
  type SubmitCommand,
  type WithdrawCommand,
} from '#domain';
import { refusing, validating } from '../common/refusals.js';
import { reviewBlock, resubmit } from './block-review.js';
import { closeWithCycle, followCalendarMove } from './calendar.js';
import { withdraw } from './conclusion.js';
import { CouncilVote } from './council-vote.js';
import { watchDeadlines } from './deadline-watch.js';
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
import { decideAsMinister } from './minister-decision.js';
import { NominationProcess, STORE_BEFORE_APPLY_PATCH } from './nomination-process.js';
import { fixRulesVersion } from './rules-version.js';

/**
 * Marks executions that keep deadlines (reminders, escalation, the quorum grace period,
 * revision expiry), follow moved dates and tell the unit its outcome. Executions started
 * before this code replay without it (test/replay.test.ts proves both).
 */
export const NOMINATION_CALENDAR_PATCH = 'nomination-calendar-v1';

/** Validators run the rules on placeholder ids and discard the events: the handler decides again with real ones. */
const PLACEHOLDER_ID = '';

/**
 * One nomination, from the unit's proposal to the conference: block review (with up to
 * two rounds of changes), council vote, minister decision, conference honouring.
 * People decide through updates, each checked by a validator first, so a wrong actor,
 * a wrong stage or a decision already taken is refused synchronously and changes nothing.
 * The rules are the domain's `decide`; the files beside this one run each stage's steps.
 */
export async function nominationWorkflow(submission: SubmitCommand): Promise<NominationView> {
  const nomination = new NominationProcess(submission.nominationId);
  nomination.followsCalendar = patched(NOMINATION_CALENDAR_PATCH);
  const rulesVersion = fixRulesVersion();
  nomination.storesBeforeApplying = patched(STORE_BEFORE_APPLY_PATCH);
  const council = new CouncilVote(nomination);
  const now = () => new Date().toISOString();
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
    refusing((cmd) => reviewBlock(nomination, () => council.open(), cmd)),
    {
      validator: validating((cmd: BlockReviewCommand) => {
        decide(nomination.state, { type: 'ReviewBlock', ...cmd, revisionTaskId: PLACEHOLDER_ID, at: now() });
      }),
    },
  );
  setHandler(
    resubmitUpdate,
    refusing((cmd) => resubmit(nomination, cmd)),
    {
      validator: validating((cmd: ResubmitCommand) => {
        decide(nomination.state, { type: 'Resubmit', ...cmd, reviewTaskId: PLACEHOLDER_ID });
      }),
    },
  );
  setHandler(
    castBallotUpdate,
    refusing((cmd) => council.castBallot(cmd)),
    { validator: validating((cmd: BallotCommand) => council.checkBallot(cmd)) },
  );
  setHandler(
    closeVoteUpdate,
    refusing(({ actor }) => council.close({ kind: 'PERSON', actor })),
    { validator: validating(({ actor }: { actor: Actor }) => council.checkClose(actor)) },
  );
  setHandler(
    ministerDecisionUpdate,
    refusing((cmd) => decideAsMinister(nomination, cmd)),
    {
      validator: validating((cmd: MinisterDecisionCommand) => {
        nomination.refuseWhileDeciding();
        decide(nomination.state, { type: 'DecideAsMinister', ...cmd });
      }),
    },
  );
  setHandler(
    withdrawUpdate,
    refusing((cmd) => withdraw(nomination, cmd)),
    {
      validator: validating((cmd: WithdrawCommand) => {
        nomination.refuseWhileDeciding();
        decide(nomination.state, { type: 'Withdraw', ...cmd });
      }),
    },
  );
  setHandler(conferenceHeldSignal, (result) => {
    placement = result;
  });

  await nomination.execute({ type: 'Submit', ...submission, reviewTaskId: uuid4(), rulesVersion }, submission.actor.username);
  submitted = true;
  let deadlines: Promise<void> = Promise.resolve();
  if (nomination.followsCalendar) {
    setHandler(calendarMovedSignal, (moved) => followCalendarMove(nomination, moved));
    setHandler(cycleClosedSignal, async ({ conferenceDate }) => {
      // A nomination placed at the conference ends with its placement, not here.
      if (placement === undefined) await closeWithCycle(nomination, conferenceDate);
    });
    deadlines = watchDeadlines(nomination, council);
  }

  await condition(
    () =>
      nomination.current.stage === NominationStage.CLOSED ||
      (nomination.current.stage === NominationStage.AWAITING_CONFERENCE && placement !== undefined && !nomination.deciding),
  );
  if (nomination.current.stage === NominationStage.AWAITING_CONFERENCE && placement) {
    await nomination.execute({ type: 'PlaceAtConference', placement }, SYSTEM_ACTOR);
  }
  await deadlines;
  await condition(allHandlersFinished);
  await nomination.flushed();
  return nomination.current;
}
