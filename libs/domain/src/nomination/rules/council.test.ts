// The council: the vote opens with a ballot for every member, each member votes once and secretly,
// and the vote is counted on all members (quorum 2/3 of them casting a ballot).
import { describe, expect, it } from '@jest/globals';
import type { ApprovalRule } from '../../cycle/approval-rule.js';
import { admin, councilMember, minister, nominatingOfficer, standingOffice } from '../../testing/actors.js';
import { refused } from '../../testing/decider-spec.js';
import { castBallot, closeVote, closeVoteBy, closeVoteByStandingOffice, openVote } from '../../testing/nomination-commands.js';
import {
  AGENDA_REF,
  DECISION_TASK,
  RULES,
  atBlockReview,
  atCouncilVote,
  atMinisterDecision,
  ballotCast,
  ballotTask,
  ballotsCast,
  ballotsFor,
  councilAgendaItemAdded,
  counted,
  nominationSpec,
  tally,
  votePassed,
  votingOpen,
  votingOpened,
  withdrawn,
} from '../../testing/nomination-events.js';

describe('opening the council vote', () => {
  it('puts the endorsed nomination on the agenda and gives every member a ballot', () => {
    nominationSpec
      .given(atCouncilVote())
      .when(openVote(9))
      .then([councilAgendaItemAdded(AGENDA_REF), votingOpened(9)]);
  });

  it('names the agenda item after the cycle and the nomination, and counts the members from the ballots', () => {
    nominationSpec
      .given(atCouncilVote())
      .when(openVote(3))
      .then([
        { type: 'CouncilAgendaItemAdded', data: { ref: 'SK-2016-2018/nomination-0001' } },
        { type: 'CouncilVotingOpened', data: { members: 3, ballots: ballotsFor(3) } },
      ]);
  });

  it.each([
    ['still at the block review', atBlockReview(), 'đang ở bước “Khối/Cụm thi đua xét duyệt”, không ở bước “Hội đồng bỏ phiếu”'],
    ['withdrawn meanwhile', [...atCouncilVote(), withdrawn('COUNCIL_VOTE')], 'đã được đơn vị rút (bước “Đã kết thúc”)'],
    ['past the council', atMinisterDecision(), 'đang ở bước “Bộ trưởng quyết định”, không ở bước “Hội đồng bỏ phiếu”'],
  ])('is refused for a nomination %s', (_, given, message) => {
    nominationSpec
      .given(given)
      .when(openVote(9))
      .thenThrows(refused('CONFLICT', 'WRONG_STAGE', message));
  });
});

describe('casting a ballot', () => {
  it('records that the member voted, on their ballot task', () => {
    nominationSpec
      .given(votingOpen(9))
      .when(castBallot(3))
      .then([ballotCast(3)]);
  });

  it.each(['AGREE', 'DISAGREE', 'ABSTAIN'] as const)('records who voted, never how (a clear %s)', (choice) => {
    const events = nominationSpec.given(votingOpen(9)).when(castBallot(3, { choice })).events();
    expect(events).toEqual([{ type: 'BallotCast', data: { member: 'council.3', taskId: ballotTask(3) } }]);
    expect(JSON.stringify(events)).not.toMatch(/AGREE|DISAGREE|ABSTAIN/);
  });

  it('records nothing of a sealed ballot but that it was cast', () => {
    const events = nominationSpec
      .given(votingOpen(9))
      .when(castBallot(3, { sealedChoice: 'v1.iv.ciphertext.tag' }))
      .events();
    expect(JSON.stringify(events)).not.toContain('ciphertext');
  });

  it('refuses a clear choice that is not a ballot choice', () => {
    nominationSpec
      .given(votingOpen(9))
      .when(castBallot(3, { choice: 'APPROVE' }))
      .thenThrows(refused('INVALID', 'DECISION_NOT_ALLOWED', 'không áp dụng cho nhiệm vụ phiếu bầu của thành viên Hội đồng'));
  });

  it('a member may not use another member’s ballot', () => {
    nominationSpec
      .given(votingOpen(9))
      .when(castBallot(3, { taskId: ballotTask(4) }))
      .thenThrows(
        refused('FORBIDDEN', 'NOT_ASSIGNEE', 'Chỉ tài khoản council.4 mới được thực hiện nhiệm vụ phiếu bầu của thành viên Hội đồng này.'),
      );
  });

  it.each([
    ['someone who is not on the council', councilMember(10)],
    ['the minister', minister],
    ['the standing office', standingOffice],
    ['the nominating unit', nominatingOfficer],
  ])('%s has no ballot', (_, actor) => {
    nominationSpec
      .given(votingOpen(9))
      .when(castBallot(1, { by: actor }))
      .thenThrows(refused('FORBIDDEN', 'NOT_ASSIGNEE', /^Chỉ tài khoản council\.\d mới được thực hiện/));
  });

  it('a member votes once: their ballot task is done', () => {
    nominationSpec
      .given([...votingOpen(9), ballotCast(3)])
      .when(castBallot(3, { taskId: ballotTask(3) }))
      .thenThrows(refused('CONFLICT', 'TASK_NOT_OPEN', `nhiệm vụ phiếu bầu của thành viên Hội đồng (mã ${ballotTask(3)})`));
  });

  it('a member who has voted cannot vote again, even without naming the task', () => {
    // Refused as FORBIDDEN, naming a member who has not voted yet (not as CONFLICT): see the report.
    nominationSpec
      .given([...votingOpen(9), ballotCast(3)])
      .when(castBallot(3))
      .thenThrows(
        refused('FORBIDDEN', 'NOT_ASSIGNEE', 'Chỉ tài khoản council.1 mới được thực hiện nhiệm vụ phiếu bầu của thành viên Hội đồng này.'),
      );
  });

  it('is refused before the vote has opened (no ballot exists yet)', () => {
    nominationSpec
      .given(atCouncilVote())
      .when(castBallot(1))
      .thenThrows(refused('CONFLICT', 'TASK_NOT_OPEN', 'không có nhiệm vụ phiếu bầu của thành viên Hội đồng đang mở'));
  });

  it('is refused once the vote has closed', () => {
    nominationSpec
      .given(atMinisterDecision())
      .when(castBallot(1))
      .thenThrows(refused('CONFLICT', 'WRONG_STAGE', 'đang ở bước “Bộ trưởng quyết định”, không ở bước “Hội đồng bỏ phiếu”'));
  });
});

describe('closing the vote: who', () => {
  it('the process closes it (everyone voted, or its target) and counts it', () => {
    nominationSpec
      .given([...votingOpen(9), ...ballotsCast(9)])
      .when(closeVote(tally(7, 1, 1)))
      .then([votePassed(tally(7, 1, 1))]);
  });

  it('the standing office closes it by hand', () => {
    nominationSpec
      .given([...votingOpen(9), ...ballotsCast(6)])
      .when(closeVoteByStandingOffice(tally(6)))
      .then([votePassed(tally(6))]);
  });

  it.each([
    ['a council member', councilMember(1)],
    ['the minister', minister],
    ['an administrator', admin],
  ])('%s may not close it', (_, actor) => {
    nominationSpec
      .given(votingOpen(9))
      .when(closeVoteBy(actor, tally(6)))
      .thenThrows(refused('FORBIDDEN', 'FORBIDDEN_ROLE', 'Chỉ Thường trực Hội đồng mới được kết thúc việc bỏ phiếu.'));
  });

  it('the standing office cannot close a vote that has not opened', () => {
    nominationSpec
      .given(atCouncilVote())
      .when(closeVoteByStandingOffice(tally(6)))
      .thenThrows(refused('CONFLICT', 'VOTE_NOT_OPEN'));
  });

  it.each([
    ['the standing office', closeVoteByStandingOffice(tally(6))],
    ['the process', closeVote(tally(6))],
  ])('%s cannot close a vote already counted', (_, command) => {
    nominationSpec
      .given(atMinisterDecision())
      .when(command)
      .thenThrows(refused('CONFLICT', 'WRONG_STAGE', 'đang ở bước “Bộ trưởng quyết định”, không ở bước “Hội đồng bỏ phiếu”'));
  });

  it('the process cannot close the vote of a withdrawn nomination', () => {
    nominationSpec
      .given([...votingOpen(9), withdrawn('COUNCIL_VOTE')])
      .when(closeVote(tally(6)))
      .thenThrows(refused('CONFLICT', 'WRONG_STAGE', 'đã được đơn vị rút (bước “Đã kết thúc”)'));
  });
});

describe('closing the vote: the count', () => {
  it('a passed vote records the tally, the rule, what it needed and the minister’s task', () => {
    nominationSpec
      .given(votingOpen(9))
      .when(closeVote(tally(5, 1, 0), 'decision-x'))
      .then([
        {
          type: 'CouncilVotePassed',
          data: {
            tally: { agree: 5, disagree: 1, abstain: 0, members: 9 },
            approvalRule: 'MAJORITY_OF_MEMBERS',
            agreesNeeded: 5,
            quorumNeeded: 6,
            decisionTaskId: 'decision-x',
          },
        },
      ]);
  });

  it('without a quorum (2/3 of members casting a ballot) the vote fails and rejects the nomination', () => {
    nominationSpec
      .given(votingOpen(9))
      .when(closeVote(tally(3, 1, 1)))
      .then([
        { type: 'CouncilVoteFailed', data: { ...counted(tally(3, 1, 1)), reason: 'QUORUM_NOT_REACHED' } },
        { type: 'NominationRejected', data: { stage: 'COUNCIL_VOTE', reason: 'Quorum not reached: 5 of 9 members voted, 6 needed' } },
      ]);
  });

  it('with a quorum but too few agrees the vote fails and rejects the nomination', () => {
    const rules = { ...RULES, approvalRule: 'TWO_THIRDS_OF_MEMBERS' as const };
    nominationSpec
      .given(votingOpen(9, { rules }))
      .when(closeVote(tally(5, 1, 0)))
      .then([
        { type: 'CouncilVoteFailed', data: { ...counted(tally(5, 1, 0), rules), reason: 'NOT_ENOUGH_AGREES' } },
        {
          type: 'NominationRejected',
          data: { stage: 'COUNCIL_VOTE', reason: 'Not enough members agreed: 5 of 9, 6 needed (TWO_THIRDS_OF_MEMBERS)' },
        },
      ]);
  });

  it('counts abstentions and written opinions towards the quorum, not towards the agrees', () => {
    const events = nominationSpec
      .given(votingOpen(9))
      .when(closeVote(tally(4, 0, 2)))
      .events();
    expect(events[0]).toMatchObject({ type: 'CouncilVoteFailed', data: { reason: 'NOT_ENOUGH_AGREES' } });
  });

  it.each<[ApprovalRule, number, number, number, number, boolean]>([
    // rule, members, agree, disagree, abstain, passes
    ['MAJORITY_OF_MEMBERS', 9, 5, 1, 0, true],
    ['MAJORITY_OF_MEMBERS', 9, 4, 2, 0, false], // 4 of 6 voters, but not more than half of 9 members
    ['MAJORITY_OF_MEMBERS', 10, 5, 2, 0, false], // exactly half is not more than half
    ['MAJORITY_OF_MEMBERS', 10, 6, 1, 0, true],
    ['TWO_THIRDS_OF_MEMBERS', 9, 6, 0, 0, true],
    ['TWO_THIRDS_OF_MEMBERS', 9, 5, 1, 0, false], // 5 of 6 voters, but not 2/3 of 9 members
    ['TWO_THIRDS_OF_MEMBERS', 10, 7, 0, 0, true],
    ['TWO_THIRDS_OF_MEMBERS', 10, 6, 1, 0, false],
    ['NINETY_PERCENT_OF_MEMBERS', 9, 9, 0, 0, true],
    ['NINETY_PERCENT_OF_MEMBERS', 9, 8, 1, 0, false],
    ['NINETY_PERCENT_OF_MEMBERS', 10, 9, 0, 0, true],
    ['NINETY_PERCENT_OF_MEMBERS', 10, 8, 1, 1, false],
  ])('%s of %i members: %i agree, %i disagree, %i abstain → passes: %s', (approvalRule, members, agree, disagree, abstain, passes) => {
    const [event] = nominationSpec
      .given(votingOpen(members, { rules: { ...RULES, approvalRule } }))
      .when(closeVote(tally(agree, disagree, abstain, members)))
      .events();
    expect(event.type).toBe(passes ? 'CouncilVotePassed' : 'CouncilVoteFailed');
  });

  it('the quorum comes before the agrees: 5 agrees of 9 members pass with 6 ballots, not with 5', () => {
    const outcome = (t: ReturnType<typeof tally>) => nominationSpec.given(votingOpen(9)).when(closeVote(t)).events()[0];
    expect(outcome(tally(5, 0, 1))).toMatchObject({ type: 'CouncilVotePassed' });
    expect(outcome(tally(5, 0, 0))).toMatchObject({ type: 'CouncilVoteFailed', data: { reason: 'QUORUM_NOT_REACHED' } });
  });

  it('the decision task of a passed vote is the one the process gave', () => {
    const [event] = nominationSpec
      .given(votingOpen(9))
      .when(closeVote(tally(9)))
      .events();
    expect(event).toMatchObject({ data: { decisionTaskId: DECISION_TASK } });
  });
});

describe('closing a vote without its quorum: counted under rules version 1, not counted from version 2', () => {
  const v2 = { rulesVersion: 2 };
  const quorumFailure = (cast: number) => [
    {
      type: 'CouncilVoteFailed',
      data: {
        tally: null,
        cast,
        members: 9,
        approvalRule: 'MAJORITY_OF_MEMBERS',
        agreesNeeded: 5,
        quorumNeeded: 6,
        reason: 'QUORUM_NOT_REACHED',
      },
    },
    { type: 'NominationRejected', data: { stage: 'COUNCIL_VOTE', reason: `Quorum not reached: ${cast} of 9 members voted, 6 needed` } },
  ];

  it('version 2: one ballot in and the standing office closes: nothing says how that member voted', () => {
    const events = nominationSpec
      .given([...votingOpen(9, v2), ballotCast(3)])
      .when(closeVoteByStandingOffice(null))
      .events();
    expect(events).toEqual(quorumFailure(1));
    expect(JSON.stringify(events)).not.toMatch(/"(agree|disagree|abstain)"/);
  });

  it('version 2: a tally handed in for a vote without quorum is not recorded either', () => {
    nominationSpec
      .given([...votingOpen(9, v2), ...ballotsCast(5)])
      .when(closeVote(tally(1, 4, 0)))
      .then(quorumFailure(5) as never);
  });

  it('version 2: with its quorum the vote is counted as before', () => {
    nominationSpec
      .given([...votingOpen(9, v2), ...ballotsCast(6)])
      .when(closeVoteByStandingOffice(tally(6)))
      .then([votePassed(tally(6))]);
  });

  it('version 2: a vote with its quorum cannot be closed uncounted', () => {
    nominationSpec
      .given([...votingOpen(9, v2), ...ballotsCast(6)])
      .when(closeVote(null))
      .thenThrows((e) => String(e).includes('closed with its tally'));
  });

  it('version 1 (executions started before): the tally is still recorded, as those executions did', () => {
    nominationSpec
      .given([...votingOpen(9), ballotCast(3)])
      .when(closeVoteByStandingOffice(tally(1)))
      .then([
        { type: 'CouncilVoteFailed', data: { ...counted(tally(1)), reason: 'QUORUM_NOT_REACHED' } },
        { type: 'NominationRejected', data: { stage: 'COUNCIL_VOTE', reason: 'Quorum not reached: 1 of 9 members voted, 6 needed' } },
      ]);
  });
});
