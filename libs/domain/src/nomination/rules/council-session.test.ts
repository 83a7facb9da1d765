// News from a council session or the standing office's proposal that reaches a nomination its unit
// has withdrawn meanwhile changes nothing (the workflow would otherwise fail on it, again and again).
import { describe, it } from '@jest/globals';
import { minister } from '../../testing/actors.js';
import {
  atCouncilVote,
  blockListEntryAdded,
  NOMINATION_ID,
  nominationSpec,
  submitted,
  endorsed,
  withdrawn,
} from '../../testing/nomination-events.js';
import { recorded, SYSTEM_ACTOR, type RecordedEvent } from '../events.js';
import type { ListDecision } from '../../proposal/proposal.js';

const SESSION = 'session-1';
const PROPOSAL = 'proposal-1';
const at = '2018-05-20T02:00:00.000Z';
const system = <E extends Parameters<typeof recorded>[0]>(event: E) => recorded(event, event.type, SYSTEM_ACTOR, at);

const onSession = () => system({ type: 'CouncilAgendaItemAdded', data: { ref: `${SESSION}/${NOMINATION_ID}`, sessionId: SESSION } });
const passedInSession = () =>
  system({
    type: 'CouncilVotePassed',
    data: {
      tally: { agree: 9, disagree: 0, abstain: 0, members: 9 },
      approvalRule: 'MAJORITY_OF_MEMBERS',
      agreesNeeded: 5,
      quorumNeeded: 6,
      sessionId: SESSION,
    },
  });
const onProposal = () => system({ type: 'ProposalEntryAdded', data: { ref: `${PROPOSAL}/${NOMINATION_ID}`, proposalId: PROPOSAL } });

const decision: ListDecision = {
  id: 'decision-1',
  number: '12/QĐ-BTNMT',
  signedAt: at,
  signedBy: minister.username,
  signerName: minister.fullName,
  onBehalfOf: null,
  signature: `BỘ TRƯỞNG ${minister.fullName}`,
  nominationIds: [NOMINATION_ID],
  struck: [],
};

const passedCouncil = (): RecordedEvent[] => [submitted(), blockListEntryAdded(), endorsed(), onSession(), passedInSession()];

describe('news for a nomination withdrawn meanwhile', () => {
  it('the count of its session', () => {
    nominationSpec
      .given([...atCouncilVote(), onSession(), withdrawn('COUNCIL_VOTE')])
      .when({
        type: 'ConcludeSession',
        sessionId: SESSION,
        result: {
          nominationId: NOMINATION_ID,
          tally: { agree: 9, disagree: 0, abstain: 0, recused: 0, notVoted: 0, members: 9 },
          agreesNeeded: 5,
          passed: true,
        },
        quorumNeeded: 6,
      })
      .thenNothing();
  });

  it.each([
    { kind: 'APPROVED' as const, decision },
    { kind: 'STRUCK' as const, decision, reason: 'Đang bị thanh tra' },
    { kind: 'RETURNED' as const, reason: 'Rà soát lại' },
  ])('the minister’s decision on its proposal ($kind)', (outcome) => {
    nominationSpec
      .given([...passedCouncil(), onProposal(), withdrawn('MINISTER_DECISION')])
      .when({ type: 'HearListDecision', proposalId: PROPOSAL, outcome })
      .thenNothing();
  });

  it('that it was left off the approved list', () => {
    nominationSpec
      .given([...passedCouncil(), withdrawn('MINISTER_DECISION')])
      .when({ type: 'EndNotProposed', explanation: 'Ngoài chỉ tiêu 1 (xếp thứ 2)', decisionNumber: '12/QĐ-BTNMT' })
      .thenNothing();
  });

  it('while it is still in progress it is heard as before', () => {
    nominationSpec
      .given(passedCouncil())
      .when({ type: 'EndNotProposed', explanation: 'Ngoài chỉ tiêu 1 (xếp thứ 2)', decisionNumber: '12/QĐ-BTNMT' })
      .then([
        {
          type: 'NominationNotProposed',
          data: { stage: 'MINISTER_DECISION', reason: 'Ngoài chỉ tiêu 1 (xếp thứ 2)', decisionNumber: '12/QĐ-BTNMT' },
        },
      ]);
  });
});
