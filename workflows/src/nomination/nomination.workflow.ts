import { allHandlersFinished, condition, setHandler, uuid4 } from '@temporalio/workflow';
import {
  checkBallot,
  checkBlockReview,
  checkCloseVote,
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
  castBallotUpdate,
  closeVoteUpdate,
  conferenceHeldSignal,
  getNominationQuery,
  getOpenTasksQuery,
  ministerDecisionUpdate,
  resubmitUpdate,
  submissionRecordedUpdate,
  withdrawUpdate,
} from './messages.js';
import { NominationProcess, refusing, validating } from './nomination-process.js';

/**
 * One nomination, from the unit's proposal to the conference: block review (with up to
 * two rounds of changes), council vote, minister decision, conference honouring.
 * People decide through updates, each checked by a validator first, so a wrong actor,
 * a wrong stage or a decision already taken is refused synchronously and changes nothing.
 */
export async function nominationWorkflow(submission: SubmitCommand): Promise<NominationView> {
  const process = new NominationProcess(submission.nominationId);
  let submitted = false;
  let placement: ConferencePlacement | undefined;

  setHandler(getNominationQuery, () => process.view);
  setHandler(getOpenTasksQuery, () => process.tasks);
  setHandler(submissionRecordedUpdate, async () => {
    await condition(() => submitted);
    return process.current;
  });
  setHandler(blockReviewUpdate, refusing((cmd) => process.reviewBlock(cmd)), {
    validator: validating((cmd: BlockReviewCommand) => checkBlockReview(process.state, cmd)),
  });
  setHandler(resubmitUpdate, refusing((cmd) => process.resubmit(cmd)), {
    validator: validating((cmd: ResubmitCommand) => checkResubmission(process.state, cmd)),
  });
  setHandler(castBallotUpdate, refusing((cmd) => process.castBallot(cmd)), {
    validator: validating((cmd: BallotCommand) => void checkBallot(process.state, cmd)),
  });
  setHandler(closeVoteUpdate, refusing(({ actor }) => process.closeVote(actor.username)), {
    validator: validating(({ actor }: { actor: Actor }) => checkCloseVote(process.state, actor)),
  });
  setHandler(ministerDecisionUpdate, refusing((cmd) => process.decideAsMinister(cmd)), {
    validator: validating((cmd: MinisterDecisionCommand) => process.checkMinisterDecision(cmd)),
  });
  setHandler(withdrawUpdate, refusing((cmd) => process.withdraw(cmd)), {
    validator: validating((cmd: WithdrawCommand) => process.checkWithdrawal(cmd)),
  });
  setHandler(conferenceHeldSignal, (result) => {
    placement = result;
  });

  await process.record(decideSubmission(submission, uuid4()), submission.actor.username);
  submitted = true;

  await condition(
    () =>
      process.current.stage === NominationStage.CLOSED ||
      (process.current.stage === NominationStage.AWAITING_CONFERENCE && placement !== undefined && !process.deciding),
  );
  if (process.current.stage === NominationStage.AWAITING_CONFERENCE && placement) {
    await process.record(decideConferenceOutcome(process.state, placement), SYSTEM_ACTOR);
  }
  await condition(allHandlersFinished);
  await process.flushed();
  return process.current;
}
