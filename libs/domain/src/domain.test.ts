// Pure domain rules: the Hanoi cutoff instant, the council's arithmetic, names, ranking and task decisions.
import { describe, expect, it } from '@jest/globals';
import {
  agreesNeeded,
  councilVoteDue,
  daysBeforeCutoff,
  countVote,
  formatHanoiDateTime,
  hanoiInstant,
  hanoiYear,
  isPastCutoff,
  nominationWorkflowId,
  quorumNeeded,
  rankForConference,
  slugify,
  taskDecisionProblems,
} from './index.js';

describe('Hanoi time', () => {
  it('"trước ngày 29/4/2018" ends at 2018-04-28T17:00:00Z', () => {
    const cutoff = hanoiInstant(2018, 4, 29);
    expect(cutoff.toISOString()).toBe('2018-04-28T17:00:00.000Z');
    expect(isPastCutoff(cutoff, new Date('2018-04-28T16:59:59Z'))).toBe(false);
    expect(isPastCutoff(cutoff, new Date('2018-04-28T17:00:00Z'))).toBe(true);
    expect(isPastCutoff(cutoff, hanoiInstant(2018, 4, 29, 8))).toBe(true);
  });

  it('shows instants as dd/MM/yyyy HH:mm in Hanoi, and years by the Hanoi calendar', () => {
    expect(formatHanoiDateTime('2018-04-28T17:00:00Z')).toBe('29/04/2018 00:00');
    expect(formatHanoiDateTime('2018-06-08T01:00:00Z')).toBe('08/06/2018 08:00');
    expect(hanoiYear('2019-12-31T17:30:00Z')).toBe(2020);
  });
});

describe('council arithmetic, on all members', () => {
  it.each([
    ['MAJORITY_OF_MEMBERS', 9, 5],
    ['MAJORITY_OF_MEMBERS', 10, 6],
    ['TWO_THIRDS_OF_MEMBERS', 9, 6],
    ['TWO_THIRDS_OF_MEMBERS', 10, 7],
    ['NINETY_PERCENT_OF_MEMBERS', 9, 9],
    ['NINETY_PERCENT_OF_MEMBERS', 10, 9],
  ] as const)('%s of %i members needs %i agrees', (rule, members, needed) => {
    expect(agreesNeeded(rule, members)).toBe(needed);
  });

  it('needs a quorum of 2/3 of the members casting a ballot', () => {
    expect(quorumNeeded(9)).toBe(6);
    expect(countVote('MAJORITY_OF_MEMBERS', { agree: 5, disagree: 0, abstain: 0, members: 9 })).toMatchObject({
      passed: false,
      reason: 'QUORUM_NOT_REACHED',
    });
    expect(countVote('MAJORITY_OF_MEMBERS', { agree: 5, disagree: 0, abstain: 1, members: 9 }).passed).toBe(true);
    // 5 of 6 voters agree, but not 2/3 of all 9 members.
    expect(countVote('TWO_THIRDS_OF_MEMBERS', { agree: 5, disagree: 1, abstain: 0, members: 9 })).toMatchObject({
      passed: false,
      reason: 'NOT_ENOUGH_AGREES',
    });
  });
});

describe('deadlines', () => {
  it('gives a council vote opened after its target its own window before the quorum is counted', () => {
    expect(councilVoteDue('2018-05-20T00:00:00.000Z', '2018-05-10T00:00:00.000Z')).toBe('2018-05-20T00:00:00.000Z');
    expect(councilVoteDue('2018-05-20T00:00:00.000Z', '2018-05-25T00:00:00.000Z')).toBe('2018-05-28T00:00:00.000Z');
  });

  it('counts days before the cutoff by the Hanoi calendar, whatever the hour of the run', () => {
    const cutoff = hanoiInstant(2018, 4, 29);
    expect(daysBeforeCutoff(cutoff, hanoiInstant(2018, 4, 22, 8))).toBe(7);
    expect(daysBeforeCutoff(cutoff, hanoiInstant(2018, 4, 22, 23, 59))).toBe(7);
    expect(daysBeforeCutoff(cutoff, hanoiInstant(2018, 4, 28, 8))).toBe(1);
  });
});

describe('names', () => {
  it('slugs Vietnamese names without their accents, đ included', () => {
    expect(slugify('  Nguyễn Văn Đức ')).toBe('nguyen-van-duc');
    expect(slugify('Báo Tài nguyên và Môi trường')).toBe('bao-tai-nguyen-va-moi-truong');
  });

  it('makes readable workflow ids with the cycle and unit codes', () => {
    expect(nominationWorkflowId('SK-2016-2018', 'BQLDA-DTXD', { kind: 'INDIVIDUAL', fullName: 'Trần Thị Bích Ngọc' })).toBe(
      'nomination:SK-2016-2018:BQLDA-DTXD:ca-nhan-tran-thi-bich-ngoc',
    );
  });
});

describe('conference ranking', () => {
  const candidate = (id: string, agree: number, blockScore: number, remoteArea = false) => ({
    nominationId: id,
    workflowId: id,
    councilAgree: agree,
    councilMembers: 9,
    blockScore,
    remoteArea,
    submittedAt: '2018-04-01T00:00:00Z',
  });

  it('ranks by council support, then block score, remote areas first on ties, within the quota', () => {
    const ranked = rankForConference([candidate('a', 7, 99), candidate('b', 9, 50), candidate('c', 7, 80, true), candidate('d', 7, 80)], 3);
    expect(ranked.map((r) => [r.nominationId, r.rank, r.honoured])).toEqual([
      ['b', 1, true],
      ['a', 2, true],
      ['c', 3, true],
      ['d', 4, false],
    ]);
  });
});

describe('task decisions', () => {
  it('names what is wrong, field by field', () => {
    expect(taskDecisionProblems('BLOCK_REVIEW', { decision: 'ENDORSE' })).toEqual(['score is required to ENDORSE (0 to 100)']);
    expect(taskDecisionProblems('BLOCK_REVIEW', { decision: 'REJECT', reason: '  ' })).toEqual(['reason is required to REJECT']);
    expect(taskDecisionProblems('COUNCIL_BALLOT', { decision: 'APPROVE' })).toEqual([
      'decision must be one of AGREE, DISAGREE, ABSTAIN for a COUNCIL_BALLOT task',
    ]);
    expect(taskDecisionProblems('MINISTER_DECISION', { decision: 'APPROVE' })).toEqual([]);
  });
});
