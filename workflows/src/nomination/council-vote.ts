import { patched, uuid4 } from '@temporalio/workflow';
import {
  addBallot,
  decide,
  DomainError,
  voteBeingCounted,
  emptyTally,
  NominationStage,
  NominationStatus,
  SYSTEM_ACTOR,
  TaskType,
  type Actor,
  type BallotCommand,
  type NominationView,
  type Tally,
  type VoteCloser,
  voteHasQuorum,
} from '#domain';
import { conclude } from './conclusion.js';
import { activities, type NominationProcess, type Recorder } from './nomination-process.js';

/** Marks votes whose ballots are sealed (the choice never in the history in the clear). */
export const SEALED_BALLOTS_PATCH = 'sealed-ballots-v1';

/**
 * The council's secret ballot on one nomination. Two ways of counting: sealed ballots (the
 * API encrypts each choice; the worker drops it in an unlinked ballot box and counts the box
 * when the vote closes), and, for votes opened before that code, clear choices counted here.
 */
export class CouncilVote {
  /** Whether this vote's ballots are sealed (patched() when the vote opens). */
  sealed = false;
  /** The running count of a vote with clear choices; only its totals ever leave the workflow. */
  private tally: Tally = emptyTally();

  constructor(private readonly nomination: NominationProcess) {}

  /** The endorsed nomination goes on the agenda and every council member gets a ballot. */
  async open(): Promise<void> {
    const members = await activities.listCouncilMembers({ cycleCode: this.nomination.current.cycleCode });
    // The unit may have withdrawn while the members were looked up.
    const { status, stage } = this.nomination.current;
    if (status !== NominationStatus.IN_PROGRESS || stage !== NominationStage.COUNCIL_VOTE) return;
    this.tally = emptyTally(members.length);
    this.sealed = patched(SEALED_BALLOTS_PATCH);
    const ballots = members.map((member) => ({ taskId: uuid4(), member }));
    await this.nomination.execute({ type: 'OpenCouncilVote', ballots }, SYSTEM_ACTOR);
  }

  checkBallot(cmd: BallotCommand): void {
    this.nomination.refuseWhileDeciding(voteBeingCounted);
    if (this.sealed && cmd.sealedChoice === undefined) {
      throw new DomainError('INVALID', 'BALLOT_NOT_SEALED', 'Phiếu bầu của lần bỏ phiếu này phải được niêm phong (mã hoá) trước khi gửi.');
    }
    decide(this.nomination.state, { type: 'CastBallot', ...cmd });
  }

  /** One ballot; the last one closes the vote. */
  async castBallot(cmd: BallotCommand): Promise<NominationView> {
    const { sealedChoice } = cmd;
    const via: Recorder | undefined =
      this.sealed && sealedChoice !== undefined ? (input) => activities.recordBallot({ ...input, sealedChoice }) : undefined;
    if (this.nomination.storesBeforeApplying) {
      await this.nomination.execute({ type: 'CastBallot', ...cmd }, cmd.actor.username, via);
      this.countClearChoice(cmd);
      // Another ballot may have closed the vote meanwhile: close() then does nothing.
      if (this.everyoneVoted()) await this.close({ kind: 'PROCESS' });
      return this.nomination.current;
    }
    // Executions from before STORE_BEFORE_APPLY_PATCH: decided and applied at once, stored after,
    // and the last ballot closed the vote while it was being stored.
    decide(this.nomination.state, { type: 'CastBallot', ...cmd });
    this.countClearChoice(cmd);
    const recording = this.nomination.execute({ type: 'CastBallot', ...cmd }, cmd.actor.username, via);
    const closing = this.everyoneVoted() ? this.close({ kind: 'PROCESS' }) : Promise.resolve();
    await recording;
    await closing;
    return this.nomination.current;
  }

  checkClose(actor: Actor): void {
    this.nomination.refuseWhileDeciding(voteBeingCounted);
    decide(this.nomination.state, { type: 'CloseCouncilVote', by: { kind: 'PERSON', actor }, tally: emptyTally(), decisionTaskId: '' });
  }

  /**
   * Closes the vote and counts it; a failed vote rejects the nomination. Under rules version 2 a
   * vote without its quorum is not counted at all: the box stays shut (no countBallots, so no
   * tally in this history either) and the events say only how many voted.
   */
  async close(by: VoteCloser): Promise<NominationView> {
    const events = await this.nomination.exclusively(async () => {
      if (this.nomination.storesBeforeApplying && by.kind === 'PROCESS' && !this.isOpen()) return [];
      if (!this.sealed) return this.count(by, this.uncounted() ? null : this.tally);
      this.nomination.deciding = true;
      try {
        // Every ballot is in the box before the box is opened.
        await this.nomination.flushed();
        if (this.uncounted()) return await this.count(by, null);
        const tally = await activities.countBallots({
          nominationId: this.nomination.nominationId,
          members: this.nomination.current.councilMembers ?? 0,
        });
        return await this.count(by, tally);
      } finally {
        this.nomination.deciding = false;
      }
    });
    if (events.some((e) => e.type === 'NominationRejected')) await conclude(this.nomination, 'REJECTED');
    return this.nomination.current;
  }

  /** Rules version 2 on: a vote lacking its quorum (on the ballots cast, which are public) is not counted. */
  private uncounted(): boolean {
    return this.nomination.state.rulesVersion >= 2 && this.isOpen() && !voteHasQuorum(this.nomination.current);
  }

  private async count(by: VoteCloser, tally: Tally | null) {
    const events = decide(this.nomination.state, { type: 'CloseCouncilVote', by, tally, decisionTaskId: uuid4() });
    await this.nomination.commit(events, by.kind === 'PERSON' ? by.actor.username : SYSTEM_ACTOR);
    return events;
  }

  private countClearChoice(cmd: BallotCommand): void {
    if (cmd.choice) this.tally = addBallot(this.tally, cmd.choice);
  }

  private everyoneVoted(): boolean {
    return !this.nomination.tasks.some((t) => t.type === TaskType.COUNCIL_BALLOT);
  }

  private isOpen(): boolean {
    const { status, stage } = this.nomination.current;
    return status === NominationStatus.IN_PROGRESS && stage === NominationStage.COUNCIL_VOTE;
  }
}
