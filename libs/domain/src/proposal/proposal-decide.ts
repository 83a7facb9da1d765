import { DomainError, type FieldProblem } from '../errors.js';
import { decisionSignature } from '../nomination/rules/minister.js';
import { hasRole, Role, type Actor } from '../organisation/actor.js';
import { ProposalStatus, type ListDecision, type ProposalEvent, type ProposalView, type StruckEntry } from './proposal.js';

/** The minister's answer to a proposal, as the API passes it on. */
export type MinisterListDecision =
  | { decision: 'APPROVE'; actor: Actor; excluded?: StruckEntry[]; documentNumber?: string }
  | { decision: 'RETURN'; actor: Actor; reason?: string };

function requireMinister(actor: Actor): void {
  if (!hasRole(actor, Role.MINISTER, Role.DEPUTY_MINISTER)) {
    throw new DomainError(
      'FORBIDDEN',
      'NOT_ASSIGNEE',
      'Chỉ Bộ trưởng hoặc Thứ trưởng (ký thay Bộ trưởng) mới được quyết định tờ trình này.',
    );
  }
}

function requireSubmitted(view: ProposalView): void {
  if (view.status !== ProposalStatus.SUBMITTED) {
    const now =
      view.status === ProposalStatus.APPROVED
        ? `đã được phê duyệt (Quyết định số ${view.decision?.number ?? ''})`
        : 'đã được trả lại Thường trực Hội đồng';
    throw new DomainError('CONFLICT', 'PROPOSAL_DECIDED', `Tờ trình này ${now}.`);
  }
}

/** What is wrong with the entries the minister strikes: unknown, repeated, without a reason, or all of them. */
export function struckEntryProblems(view: ProposalView, excluded: readonly StruckEntry[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  excluded.forEach((entry, i) => {
    if (!view.entries.some((e) => e.nominationId === entry.nominationId)) {
      problems.push({
        field: `excluded.${i}.nominationId`,
        code: 'notOnProposal',
        message: `Hồ sơ ${entry.nominationId} không có trong tờ trình.`,
      });
    } else if (seen.has(entry.nominationId)) {
      problems.push({ field: `excluded.${i}.nominationId`, code: 'duplicate', message: 'Hồ sơ này đã được loại ở dòng trên.' });
    }
    seen.add(entry.nominationId);
    if (!entry.reason?.trim()) {
      problems.push({ field: `excluded.${i}.reason`, code: 'required', message: 'Cần nêu lý do không công nhận hồ sơ này.' });
    }
  });
  if (problems.length === 0 && seen.size >= view.entries.length) {
    problems.push({
      field: 'excluded',
      code: 'nothingLeft',
      message: 'Không thể loại toàn bộ danh sách; nếu không phê duyệt, hãy trả lại tờ trình.',
    });
  }
  return problems;
}

/** Refuses a decision the minister may not take now (the validator runs it; the handler numbers the approval after). */
export function checkListDecision(view: ProposalView, cmd: MinisterListDecision): void {
  requireMinister(cmd.actor);
  requireSubmitted(view);
  if (cmd.decision === 'RETURN') {
    if (!cmd.reason?.trim())
      throw new DomainError('INVALID', 'REASON_REQUIRED', 'Cần nêu lý do khi trả lại tờ trình.', { field: 'reason' });
    return;
  }
  const [problem] = struckEntryProblems(view, cmd.excluded ?? []);
  if (problem) throw new DomainError('INVALID', 'VALIDATION_FAILED', problem.message, { field: problem.field });
}

/** The decision as signed, before the register gives it a number. */
export function unnumberedListDecision(
  view: ProposalView,
  cmd: Extract<MinisterListDecision, { decision: 'APPROVE' }>,
  ids: { decisionId: string; signedAt: string; minister: { username: string; fullName: string } | null },
): ListDecision {
  const struck = (cmd.excluded ?? []).map((e) => ({ nominationId: e.nominationId, reason: e.reason.trim() }));
  const out = new Set(struck.map((e) => e.nominationId));
  const { signature, onBehalfOfMinister } = decisionSignature(cmd.actor);
  return {
    id: ids.decisionId,
    number: '',
    signedAt: ids.signedAt,
    signedBy: cmd.actor.username,
    signerName: cmd.actor.fullName,
    onBehalfOf: onBehalfOfMinister ? ids.minister : null,
    signature,
    nominationIds: view.entries.filter((e) => !out.has(e.nominationId)).map((e) => e.nominationId),
    struck,
  };
}

export function decideProposalApproval(view: ProposalView, decision: ListDecision): ProposalEvent[] {
  requireSubmitted(view);
  return [{ type: 'ProposalApproved', data: { decision } }];
}

export function decideProposalReturn(view: ProposalView, reason: string): ProposalEvent[] {
  requireSubmitted(view);
  return [{ type: 'ProposalReturned', data: { reason: reason.trim() } }];
}

/** A withdrawn nomination leaves a proposal still waiting for the minister; a decided one keeps it. */
export function decideEntryWithdrawal(view: ProposalView, nominationId: string): ProposalEvent[] {
  if (view.status !== ProposalStatus.SUBMITTED || !view.entries.some((e) => e.nominationId === nominationId)) return [];
  return [{ type: 'ProposalEntryWithdrawn', data: { nominationId } }];
}

/**
 * What asking a proposal to let go of a nomination its unit is withdrawing comes to: the entry is
 * off (or was never on it, or the list went back), or the minister's signed decision names it,
 * listed or struck, and the withdrawal comes too late for it.
 */
export type EntryTakeOff = { takenOff: true } | { takenOff: false; decisionNumber: string; struck: boolean };

/**
 * The unit withdraws a nomination on this proposal, in turn with the minister's decision on it:
 * before the decision the entry comes off (the events to record), after it the decision stands.
 */
export function decideEntryTakeOff(view: ProposalView, nominationId: string): { events: ProposalEvent[]; outcome: EntryTakeOff } {
  const decision = view.status === ProposalStatus.APPROVED ? view.decision : null;
  const listed = decision?.nominationIds.includes(nominationId) ?? false;
  const struck = decision?.struck.some((s) => s.nominationId === nominationId) ?? false;
  if (decision && (listed || struck)) return { events: [], outcome: { takenOff: false, decisionNumber: decision.number, struck } };
  return { events: decideEntryWithdrawal(view, nominationId), outcome: { takenOff: true } };
}
