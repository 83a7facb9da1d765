/**
 * The pure domain: no I/O, no clock, no randomness. Workflows import it, so
 * everything here must stay deterministic (time and ids are passed in).
 */
export * from './errors.js';
export * from './labels.js';
export * from './time/hanoi-time.js';
export * from './organisation/actor.js';
export * from './cycle/approval-rule.js';
export * from './cycle/cycle-rules.js';
export * from './cycle/calendar-move.js';
export * from './cycle/cycle.js';
export * from './cycle/cycle-decide.js';
export * from './cycle/admission.js';
export * from './cycle/conference-record.js';
export * from './council/tally.js';
export * from './council/session.js';
export * from './council/session-decide.js';
export * from './proposal/proposal.js';
export * from './proposal/proposal-decide.js';
export * from './proposal/ranking.js';
export * from './proposal/problems.js';
export * from './nomination/vocabulary.js';
export * from './nomination/nominee-key.js';
export * from './nomination/events.js';
export * from './nomination/view.js';
export * from './nomination/tasks.js';
export * from './nomination/commands.js';
export * from './nomination/state.js';
export * from './nomination/decide.js';
export * from './nomination/outcome-reason.js';
export { WITHDRAWABLE_STAGES, withdrawalAfterListDecision } from './nomination/rules/withdrawal.js';
export { isUnsubmittedDraft, missingDocuments, requireDocuments } from './nomination/rules/draft.js';
export { changeTargets, changeTargetsText, type ChangeTargets } from './nomination/rules/change-request.js';
export * from './nomination/changes.js';
export { decisionSignature } from './nomination/rules/minister.js';
export { voteHasQuorum } from './nomination/rules/council.js';
export * from './rules-version.js';
export * from './nomination/decision-number.js';
export * from './nomination/task-decision.js';
export * from './nomination/deadlines.js';
export * from './conference/ranking.js';
export * from './awards/index.js';
