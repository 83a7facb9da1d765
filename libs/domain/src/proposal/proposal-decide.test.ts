// A unit withdraws a nomination that is on a proposal: it comes off the list while the minister has
// not signed; once the signed decision names it (listed or struck), the decision stands.
import { describe, expect, it } from '@jest/globals';
import { withdrawalAfterListDecision } from '../nomination/rules/withdrawal.js';
import { decideEntryTakeOff } from './proposal-decide.js';
import { evolveProposal, type ListDecision, type ProposalEvent, type ProposalView } from './proposal.js';

const entry = (nominationId: string, rank: number) => ({
  nominationId,
  workflowId: `nomination:${nominationId}`,
  rank,
  nomineeName: `Nguyễn Văn ${rank}`,
  nomineeKind: 'INDIVIDUAL' as const,
  position: null,
  unitCode: 'BQLDA-DTXD',
});

const decision = (nominationIds: string[], struck: ListDecision['struck'] = []): ListDecision => ({
  id: 'decision-1',
  number: '12/QĐ-BTNMT',
  signedAt: '2026-05-04T03:00:00.000Z',
  signedBy: 'minister',
  signerName: 'Bộ trưởng',
  onBehalfOf: null,
  signature: 'BỘ TRƯỞNG',
  nominationIds,
  struck,
});

function proposal(...after: ProposalEvent[]): ProposalView {
  const events: ProposalEvent[] = [
    {
      type: 'ProposalSubmitted',
      data: {
        proposalId: 'proposal-1',
        workflowId: 'proposal-proposal-1',
        cycleCode: 'DEMO-2026',
        entries: [entry('p', 1), entry('q', 2)],
        leftOut: [],
        quota: 70,
        justification: null,
        taskId: 'task-1',
        dueAt: '2026-06-01T01:00:00.000Z',
      },
    },
    ...after,
  ];
  return events.reduce<ProposalView | null>(
    (view, e, i) =>
      evolveProposal(view, { ...e, key: `${i + 1}:${e.type}`, actor: 'standing.office', occurredAt: '2026-05-01T03:00:00.000Z' }),
    null,
  ) as ProposalView;
}

describe('taking a withdrawn nomination off a proposal', () => {
  it('while the minister has not decided, the entry comes off', () => {
    expect(decideEntryTakeOff(proposal(), 'p')).toEqual({
      events: [{ type: 'ProposalEntryWithdrawn', data: { nominationId: 'p' } }],
      outcome: { takenOff: true },
    });
  });

  it('an entry already off has nothing left to take off', () => {
    const off = proposal({ type: 'ProposalEntryWithdrawn', data: { nominationId: 'p' } });
    expect(decideEntryTakeOff(off, 'p')).toEqual({ events: [], outcome: { takenOff: true } });
  });

  it('a list the minister returned no longer holds it', () => {
    const returned = proposal({ type: 'ProposalReturned', data: { reason: 'Xếp hạng lại' } });
    expect(decideEntryTakeOff(returned, 'p')).toEqual({ events: [], outcome: { takenOff: true } });
  });

  it('once the signed decision lists it, the decision stands', () => {
    const approved = proposal({ type: 'ProposalApproved', data: { decision: decision(['p', 'q']) } });
    expect(decideEntryTakeOff(approved, 'p')).toEqual({
      events: [],
      outcome: { takenOff: false, decisionNumber: '12/QĐ-BTNMT', struck: false },
    });
  });

  it('once the signed decision strikes it, the decision stands', () => {
    const approved = proposal({
      type: 'ProposalApproved',
      data: { decision: decision(['q'], [{ nominationId: 'p', reason: 'Thành tích chưa tiêu biểu' }]) },
    });
    expect(decideEntryTakeOff(approved, 'p').outcome).toEqual({ takenOff: false, decisionNumber: '12/QĐ-BTNMT', struck: true });
  });

  it('a decision signed after the entry came off does not name it', () => {
    const approved = proposal(
      { type: 'ProposalEntryWithdrawn', data: { nominationId: 'p' } },
      { type: 'ProposalApproved', data: { decision: decision(['q']) } },
    );
    expect(decideEntryTakeOff(approved, 'p')).toEqual({ events: [], outcome: { takenOff: true } });
  });
});

describe('the withdrawal the signed decision came before', () => {
  it('is refused as too late, naming the decision and what the unit can still ask for', () => {
    const refusal = withdrawalAfterListDecision('12/QĐ-BTNMT', false);
    expect(refusal).toMatchObject({ code: 'CONFLICT', reason: 'WITHDRAWAL_TOO_LATE' });
    expect(refusal.message).toBe(
      'Bộ trưởng đã ký Quyết định số 12/QĐ-BTNMT có hồ sơ này. Hồ sơ không thể rút nữa; nếu cần, đề nghị Bộ trưởng thu hồi.',
    );
  });

  it('of a struck nomination says the decision did not recognise it', () => {
    expect(withdrawalAfterListDecision('12/QĐ-BTNMT', true).message).toBe(
      'Bộ trưởng đã ký Quyết định số 12/QĐ-BTNMT, trong đó không công nhận hồ sơ này. Hồ sơ không thể rút nữa.',
    );
  });
});
