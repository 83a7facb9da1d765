/**
 * The version of the nomination rules (`decide` and `evolve`). The domain runs inside workflows,
 * so a rule that changes what a running nomination records is a change to running workflow code:
 *
 * - a workflow fixes the version it runs under when it starts (`workflows/src/nomination/rules-version.ts`,
 *   by the patch marker of each version below), and the version is recorded in the nomination's
 *   first event, so the projection folds it the same way;
 * - `decide` and `evolve` keep the old behaviour for `state.rulesVersion` below the version that
 *   changed it (`if (state.rulesVersion >= 2) …`);
 * - `test/domain-replay.test.ts` re-folds and re-decides every recorded history through today's
 *   domain and fails on any difference, so an unversioned change shows up like a missing `patched()`.
 *
 * Version 1 is every rule as of the first recorded histories.
 *
 * Version 2: a council vote closed without its quorum is not counted. Its `CouncilVoteFailed`
 * carries `tally: null` and the number of ballots cast (public: the minutes say who voted), never
 * how they were cast; under version 1 it carried the tally, which with one ballot in said how that
 * member voted.
 */
export const NOMINATION_RULES_VERSION = 2;

/** The patch id marking executions started under each version after the first (add one per new version). */
export const NOMINATION_RULES_PATCHES: Readonly<Record<number, string>> = {
  2: 'nomination-rules-v2-no-count-without-quorum',
};
