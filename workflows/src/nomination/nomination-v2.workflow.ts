import { allHandlersFinished, condition, setHandler, uuid4 } from '@temporalio/workflow';
import {
  decide,
  NominationStage,
  SYSTEM_ACTOR,
  type BlockReviewCommand,
  type ConferencePlacement,
  type NominationEvent,
  type NominationView,
  type AttachDocumentCommand,
  type EditDossierCommand,
  type ResubmitCommand,
  type ReturnForChangesCommand,
  type SubmitCommand,
  type SubmitDraftCommand,
  type WithdrawCommand,
} from '#domain';
import { refusing, validating } from '../common/refusals.js';
import { returnForChanges, reviewBlock, resubmit } from './block-review.js';
import { closeWithCycle, followCalendarMove } from './calendar.js';
import { withdraw } from './conclusion.js';
import { tellDossierStep } from './dossier-notices.js';
import { keepDraftUntilCutoff, type DraftStart } from './draft.js';
import { CouncilVote } from './council-vote.js';
import { watchDeadlines } from './deadline-watch.js';
import {
  attachDocumentUpdate,
  blockReviewUpdate,
  editDossierUpdate,
  submitDraftUpdate,
  calendarMovedSignal,
  conferenceHeldSignal,
  councilSessionConcludedSignal,
  cycleClosedSignal,
  getNominationQuery,
  getOpenTasksQuery,
  joinCouncilSessionUpdate,
  joinProposalUpdate,
  leaveCouncilSessionUpdate,
  listDecidedSignal,
  notProposedSignal,
  resubmitUpdate,
  returnForChangesUpdate,
  submissionRecordedUpdate,
  withdrawUpdate,
} from './messages.js';
import { NominationProcess } from './nomination-process.js';
import { fixRulesVersion } from './rules-version.js';
import { endNotProposed, hearListDecision, hearSessionOutcome, tellConferenceOutcome } from './session-stages.js';

const PLACEHOLDER_ID = '';

/** A nomination starts submitted, or (with `draft`) as its unit's draft. */
export type NominationStart = SubmitCommand & { draft?: DraftStart };

/**
 * One nomination in the council-session process: block review as before; then it waits at the
 * council for a session (councilSessionWorkflow) to put it on its agenda and count it; having
 * passed, it waits for the standing office's proposal (proposalWorkflow) and the minister's one
 * decision for the list; then the conference. Nominations started before this process keep
 * running `nominationWorkflow`, their own vote and decision (test/replay.test.ts proves both).
 */
export async function nominationWorkflowV2(submission: NominationStart): Promise<NominationView> {
  const nomination = new NominationProcess(submission.nominationId);
  nomination.followsCalendar = true;
  nomination.storesBeforeApplying = true;
  nomination.joinsSessions = true;
  const rulesVersion = fixRulesVersion();
  // Never opens a vote of its own; the deadline watch only needs something to hand a closing to.
  const council = new CouncilVote(nomination);
  const now = () => new Date().toISOString();
  let submitted = false;
  let drafted = false;
  let placement: ConferencePlacement | undefined;
  /** What the submission recorded (at once, or the draft's), told to the unit and the reviewer once the process runs. */
  let submissionEvents: NominationEvent[] = [];

  setHandler(getNominationQuery, () => nomination.view);
  setHandler(getOpenTasksQuery, () => nomination.tasks);
  setHandler(submissionRecordedUpdate, async () => {
    await condition(() => submitted || drafted);
    return nomination.current;
  });
  setHandler(
    editDossierUpdate,
    refusing(async (cmd) => {
      await nomination.execute({ type: 'EditDossier', ...cmd }, cmd.actor.username);
      return nomination.current;
    }),
    { validator: validating((cmd: EditDossierCommand) => void decide(nomination.state, { type: 'EditDossier', ...cmd })) },
  );
  setHandler(
    attachDocumentUpdate,
    refusing(async (cmd) => {
      await nomination.execute({ type: 'AttachDocument', ...cmd }, cmd.actor.username);
      return nomination.current;
    }),
    { validator: validating((cmd: AttachDocumentCommand) => void decide(nomination.state, { type: 'AttachDocument', ...cmd })) },
  );
  setHandler(
    submitDraftUpdate,
    refusing(async (cmd) => {
      submissionEvents = await nomination.execute({ type: 'SubmitDraft', ...cmd, reviewTaskId: uuid4(), rulesVersion }, cmd.actor.username);
      return nomination.current;
    }),
    {
      validator: validating((cmd: SubmitDraftCommand) => {
        decide(nomination.state, { type: 'SubmitDraft', ...cmd, reviewTaskId: PLACEHOLDER_ID, rulesVersion });
      }),
    },
  );
  setHandler(
    blockReviewUpdate,
    refusing((cmd) => reviewBlock(nomination, async () => undefined, cmd)),
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
      validator: validating(
        (cmd: ResubmitCommand) => void decide(nomination.state, { type: 'Resubmit', ...cmd, reviewTaskId: PLACEHOLDER_ID }),
      ),
    },
  );
  setHandler(
    returnForChangesUpdate,
    refusing((cmd) => returnForChanges(nomination, cmd)),
    {
      validator: validating((cmd: ReturnForChangesCommand) => {
        nomination.refuseWhileDeciding();
        decide(nomination.state, { type: 'ReturnForChanges', ...cmd, revisionTaskId: PLACEHOLDER_ID, at: now() });
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
  setHandler(
    joinCouncilSessionUpdate,
    refusing(async ({ sessionId }) => {
      await nomination.execute({ type: 'JoinSession', sessionId }, SYSTEM_ACTOR);
      return nomination.current;
    }),
    { validator: validating(({ sessionId }: { sessionId: string }) => void decide(nomination.state, { type: 'JoinSession', sessionId })) },
  );
  setHandler(
    leaveCouncilSessionUpdate,
    refusing(async ({ sessionId }) => {
      await nomination.execute({ type: 'LeaveSession', sessionId }, SYSTEM_ACTOR);
      return nomination.current;
    }),
  );
  setHandler(councilSessionConcludedSignal, (outcome) => hearSessionOutcome(nomination, outcome));
  setHandler(
    joinProposalUpdate,
    refusing(async ({ proposalId }) => {
      await nomination.execute({ type: 'JoinProposal', proposalId }, SYSTEM_ACTOR);
      return nomination.current;
    }),
    {
      validator: validating(({ proposalId }: { proposalId: string }) => {
        nomination.refuseWhileDeciding();
        decide(nomination.state, { type: 'JoinProposal', proposalId });
      }),
    },
  );
  setHandler(listDecidedSignal, ({ proposalId, outcome }) => hearListDecision(nomination, proposalId, outcome));
  setHandler(notProposedSignal, ({ explanation, decisionNumber }) => endNotProposed(nomination, explanation, decisionNumber));
  setHandler(conferenceHeldSignal, (result) => {
    placement = result;
  });

  const { draft, ...facts } = submission;
  if (draft) {
    await nomination.execute({ type: 'CreateDraft', ...facts }, submission.actor.username);
    drafted = true;
    await keepDraftUntilCutoff(nomination, draft);
    if (nomination.current.stage === NominationStage.CLOSED) {
      // Discarded, or never submitted: there is no process to run.
      await condition(allHandlersFinished);
      await nomination.flushed();
      return nomination.current;
    }
  } else {
    submissionEvents = await nomination.execute(
      { type: 'Submit', ...facts, reviewTaskId: uuid4(), rulesVersion },
      submission.actor.username,
    );
  }
  submitted = true;
  setHandler(calendarMovedSignal, (moved) => followCalendarMove(nomination, moved));
  setHandler(cycleClosedSignal, async ({ conferenceDate }) => {
    if (placement === undefined) await closeWithCycle(nomination, conferenceDate);
  });
  const deadlines = watchDeadlines(nomination, council);
  await tellDossierStep(nomination, submissionEvents);

  await condition(
    () =>
      nomination.current.stage === NominationStage.CLOSED ||
      (nomination.current.stage === NominationStage.AWAITING_CONFERENCE && placement !== undefined && !nomination.deciding),
  );
  if (nomination.current.stage === NominationStage.AWAITING_CONFERENCE && placement) {
    await nomination.execute({ type: 'PlaceAtConference', placement }, SYSTEM_ACTOR);
    await tellConferenceOutcome(nomination, placement.conferenceDate);
  }
  await deadlines;
  await condition(allHandlersFinished);
  await nomination.flushed();
  return nomination.current;
}
