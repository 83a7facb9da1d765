// The list to the minister (tờ trình): ranked by council support, then the block's score, then the
// earlier submission; within the quota, no block above its share, minimums of collectives and of
// remote, border and island areas reserved first.
import { describe, expect, it } from '@jest/globals';
import { blockCap, rankProposal, type ProposalCandidate, type RankedProposal } from './ranking.js';

const candidate = (id: string, agree: number, blockScore: number, overrides: Partial<ProposalCandidate> = {}): ProposalCandidate => ({
  nominationId: id,
  blockCode: 'KHOI-I',
  nomineeKind: 'INDIVIDUAL',
  remoteArea: false,
  councilAgree: agree,
  councilMembers: 9,
  blockScore,
  submittedAt: '2018-04-01T00:00:00Z',
  ...overrides,
});
const collective = (id: string, agree: number, blockScore: number, overrides: Partial<ProposalCandidate> = {}) =>
  candidate(id, agree, blockScore, { nomineeKind: 'COLLECTIVE', ...overrides });
const remote = (id: string, agree: number, blockScore: number, overrides: Partial<ProposalCandidate> = {}) =>
  candidate(id, agree, blockScore, { remoteArea: true, ...overrides });

const proposedIds = (p: RankedProposal) => p.proposed.map((c) => c.nominationId);
const leftOutIds = (p: RankedProposal) => p.leftOut.map((c) => c.nominationId);

describe('rankProposal: ranking and the quota', () => {
  it('ranks by council support then block score, and cuts at the quota', () => {
    const result = rankProposal([candidate('a', 7, 99), candidate('b', 9, 50), candidate('c', 8, 10), candidate('d', 7, 80)], 3, {});
    expect(result.proposed.map((c) => [c.nominationId, c.rank, c.reasons])).toEqual([
      ['b', 1, []],
      ['c', 2, []],
      ['a', 3, []],
    ]);
    expect(result.leftOut.map((c) => [c.nominationId, c.rank, c.reason, c.explanation])).toEqual([
      ['d', 4, 'BEYOND_QUOTA', 'Ngoài chỉ tiêu 3 (xếp thứ 4)'],
    ]);
    expect(result.shortfalls).toEqual([]);
  });

  it('support is the share of the members counted, not the count', () => {
    const ofNine = candidate('of-nine', 7, 50); // 78%
    const ofSeven = candidate('of-seven', 6, 50, { councilMembers: 7 }); // 86%
    const result = rankProposal([ofNine, ofSeven], 2, {});
    expect(proposedIds(result)).toEqual(['of-seven', 'of-nine']);
    expect(result.proposed.map((c) => c.support)).toEqual([6 / 7, 7 / 9]);
  });

  it('a candidate without a council count has no support', () => {
    const result = rankProposal([candidate('none', 0, 100, { councilMembers: 0 }), candidate('some', 1, 0)], 2, {});
    expect(proposedIds(result)).toEqual(['some', 'none']);
    expect(result.proposed[1]?.support).toBe(0);
  });

  it('when the quota exceeds the candidates, every one is proposed and none is left out', () => {
    const result = rankProposal([candidate('a', 5, 50), candidate('b', 6, 50)], 70, { maxBlockShare: 0.3, minCollectives: 2 });
    expect(proposedIds(result)).toEqual(['b', 'a']);
    expect(result.leftOut).toEqual([]);
  });

  it('no candidates, or no quota', () => {
    expect(rankProposal([], 70, {})).toEqual({ proposed: [], leftOut: [], shortfalls: [] });
    const none = rankProposal([candidate('a', 9, 90)], 0, {});
    expect(none.proposed).toEqual([]);
    expect(none.leftOut.map((c) => [c.rank, c.explanation])).toEqual([[1, 'Ngoài chỉ tiêu 0 (xếp thứ 1)']]);
  });

  it('leaves the input as it was', () => {
    const input = [candidate('a', 5, 50), candidate('b', 6, 50)];
    const copy = structuredClone(input);
    rankProposal(input, 1, { minCollectives: 1 });
    expect(input).toEqual(copy);
  });
});

describe('rankProposal: ties', () => {
  it('equal shares tie exactly (6 of 9 and 4 of 6), and the block score decides', () => {
    const result = rankProposal([candidate('of-nine', 6, 70), candidate('of-six', 4, 71, { councilMembers: 6 })], 2, {});
    expect(proposedIds(result)).toEqual(['of-six', 'of-nine']);
  });

  it('on equal support and score the earlier submission comes first, whatever its id', () => {
    const early = candidate('z-early', 7, 80, { submittedAt: '2018-04-01T00:00:00.000Z' });
    const late = candidate('a-late', 7, 80, { submittedAt: '2018-04-02T00:00:00.000Z' });
    expect(proposedIds(rankProposal([late, early], 2, {}))).toEqual(['z-early', 'a-late']);
  });

  it('submissions compare as instants, whatever their offset', () => {
    // 08:00 in Hanoi is 01:00Z: earlier than 02:00Z although its text sorts later.
    const hanoi = candidate('hanoi', 7, 80, { submittedAt: '2018-04-01T08:00:00+07:00' });
    const utc = candidate('utc', 7, 80, { submittedAt: '2018-04-01T02:00:00Z' });
    expect(proposedIds(rankProposal([utc, hanoi], 2, {}))).toEqual(['hanoi', 'utc']);
  });

  it('then the id', () => {
    expect(proposedIds(rankProposal([candidate('b', 7, 80), candidate('a', 7, 80)], 2, {}))).toEqual(['a', 'b']);
  });

  it('remote areas have no tie-break of their own here: the minimum is how they are favoured', () => {
    expect(proposedIds(rankProposal([remote('b-remote', 7, 80), candidate('a-city', 7, 80)], 1, {}))).toEqual(['a-city']);
  });
});

describe('rankProposal: the block cap', () => {
  it('no block holds more than its share; the next best of other blocks take the places', () => {
    const candidates = [
      candidate('vi-1', 9, 99, { blockCode: 'THI-DUA-VI' }),
      candidate('vi-2', 9, 98, { blockCode: 'THI-DUA-VI' }),
      candidate('vi-3', 9, 97, { blockCode: 'THI-DUA-VI' }),
      candidate('vi-4', 9, 96, { blockCode: 'THI-DUA-VI' }),
      candidate('i-1', 8, 90, { blockCode: 'THI-DUA-I' }),
      candidate('ii-1', 8, 80, { blockCode: 'THI-DUA-II' }),
      candidate('iii-1', 8, 70, { blockCode: 'THI-DUA-III' }),
      candidate('iv-1', 8, 60, { blockCode: 'THI-DUA-IV' }),
    ];
    const result = rankProposal(candidates, 5, { maxBlockShare: 0.5 }); // floor(2.5) = 2 places
    expect(proposedIds(result)).toEqual(['vi-1', 'vi-2', 'i-1', 'ii-1', 'iii-1']);
    expect(result.leftOut.map((c) => [c.nominationId, c.rank, c.reason, c.explanation])).toEqual([
      ['vi-3', 6, 'BLOCK_SHARE_CAP', 'Khối THI-DUA-VI đã đủ 2 suất (tối đa 50% chỉ tiêu)'],
      ['vi-4', 7, 'BLOCK_SHARE_CAP', 'Khối THI-DUA-VI đã đủ 2 suất (tối đa 50% chỉ tiêu)'],
      ['iv-1', 8, 'BEYOND_QUOTA', 'Ngoài chỉ tiêu 5 (xếp thứ 8)'],
    ]);
  });

  it('once the quota is full the rest are beyond the quota, even in a block at its cap', () => {
    const candidates = [
      candidate('a-1', 9, 90, { blockCode: 'A' }),
      candidate('b-1', 8, 90, { blockCode: 'B' }),
      candidate('a-2', 7, 90, { blockCode: 'A' }),
    ];
    const result = rankProposal(candidates, 2, { maxBlockShare: 0.5 });
    expect(result.leftOut.map((c) => [c.nominationId, c.reason])).toEqual([['a-2', 'BEYOND_QUOTA']]);
  });

  it('when every block left is at its cap the list stays short of the quota', () => {
    const result = rankProposal([candidate('a', 9, 90), candidate('b', 8, 90), candidate('c', 7, 90)], 4, { maxBlockShare: 0.5 });
    expect(proposedIds(result)).toEqual(['a', 'b']);
    expect(result.leftOut.map((c) => c.reason)).toEqual(['BLOCK_SHARE_CAP']);
  });

  it('the cap is floor(share × quota), at least 1, and 0.29 × 100 is 29', () => {
    expect(blockCap(0.3, 70)).toBe(21);
    expect(blockCap(0.29, 100)).toBe(29);
    expect(blockCap(0.05, 10)).toBe(1);
    expect(blockCap(1, 70)).toBe(70);
    expect(blockCap(undefined, 70)).toBeUndefined();
  });

  it('a share that is not a whole percent reads with a decimal comma', () => {
    const result = rankProposal([candidate('a', 9, 90), candidate('b', 8, 90)], 8, { maxBlockShare: 0.125 });
    expect(result.leftOut[0]?.explanation).toBe('Khối KHOI-I đã đủ 1 suất (tối đa 12,5% chỉ tiêu)');
  });
});

describe('rankProposal: minimum collectives', () => {
  const individuals = [candidate('i-1', 9, 90), candidate('i-2', 9, 80), candidate('i-3', 9, 70), candidate('i-4', 9, 60)];

  it('pulls the best lower-ranked collective in and pushes the last individual out', () => {
    const result = rankProposal([...individuals, collective('c-1', 8, 90), collective('c-2', 8, 80)], 3, { minCollectives: 1 });
    expect(result.proposed.map((c) => [c.nominationId, c.rank, c.reasons])).toEqual([
      ['i-1', 1, []],
      ['i-2', 2, []],
      ['c-1', 3, ['Bảo đảm tối thiểu 1 tập thể']],
    ]);
    expect(result.leftOut.map((c) => [c.nominationId, c.rank, c.reason, c.explanation])).toEqual([
      ['i-3', 4, 'BEYOND_QUOTA', 'Ngoài chỉ tiêu 3 (xếp thứ 4); nhường suất để bảo đảm tối thiểu 1 tập thể'],
      ['i-4', 5, 'BEYOND_QUOTA', 'Ngoài chỉ tiêu 3 (xếp thứ 5)'],
      ['c-2', 6, 'BEYOND_QUOTA', 'Ngoài chỉ tiêu 3 (xếp thứ 6)'],
    ]);
  });

  it('a collective in by its rank counts and shows no reason', () => {
    const result = rankProposal([collective('c-top', 9, 99), ...individuals, collective('c-low', 8, 90)], 3, { minCollectives: 2 });
    expect(result.proposed.map((c) => [c.nominationId, c.reasons])).toEqual([
      ['c-top', []],
      ['i-1', []],
      ['c-low', ['Bảo đảm tối thiểu 2 tập thể']],
    ]);
  });

  it('fewer passed than the minimum: all of them are in, the rest by rank, and the shortfall is reported', () => {
    const result = rankProposal([...individuals, collective('c-1', 5, 50)], 3, { minCollectives: 3 });
    expect(proposedIds(result)).toEqual(['i-1', 'i-2', 'c-1']);
    expect(result.shortfalls).toEqual([
      {
        rule: 'minCollectives',
        required: 3,
        reached: 1,
        explanation: 'Chỉ bảo đảm được 1/3 tập thể: chỉ có 1 tập thể được Hội đồng thông qua',
      },
    ]);
  });

  it('respects the block cap: a collective of a full block gives way to the next collective', () => {
    const candidates = [
      collective('a-col-1', 9, 90, { blockCode: 'A' }),
      collective('a-col-2', 9, 80, { blockCode: 'A' }),
      candidate('b-1', 8, 90, { blockCode: 'B' }),
      collective('c-col', 7, 90, { blockCode: 'C' }),
      candidate('b-2', 6, 90, { blockCode: 'B' }),
    ];
    // 1 place per block: the second collective reserved is the best one whose block has room.
    const result = rankProposal(candidates, 3, { maxBlockShare: 0.4, minCollectives: 2 });
    expect(result.proposed.map((c) => [c.nominationId, c.rank, c.reasons])).toEqual([
      ['a-col-1', 1, []],
      ['b-1', 2, []],
      ['c-col', 3, []], // in by its rank anyway, once block A is full
    ]);
    expect(result.leftOut.map((c) => [c.nominationId, c.rank, c.reason])).toEqual([
      ['a-col-2', 4, 'BLOCK_SHARE_CAP'],
      ['b-2', 5, 'BEYOND_QUOTA'],
    ]);
    expect(result.shortfalls).toEqual([]);
  });

  it('reports a minimum the block cap keeps from being met', () => {
    const candidates = [
      candidate('a-1', 9, 90, { blockCode: 'A' }),
      candidate('b-1', 9, 80, { blockCode: 'B' }),
      collective('a-col', 8, 90, { blockCode: 'A' }),
    ];
    const result = rankProposal(candidates, 2, { maxBlockShare: 0.5, minCollectives: 1 });
    // The collective was reserved first (rank-order reservation), taking block A's only place.
    expect(proposedIds(result)).toEqual(['b-1', 'a-col']);
    expect(result.leftOut.map((c) => [c.nominationId, c.reason, c.explanation])).toEqual([
      ['a-1', 'BLOCK_SHARE_CAP', 'Khối A đã đủ 1 suất (tối đa 50% chỉ tiêu); nhường suất để bảo đảm tối thiểu 1 tập thể'],
    ]);
    const blocked = rankProposal([...candidates, collective('a-col-2', 8, 80, { blockCode: 'A' })], 2, {
      maxBlockShare: 0.5,
      minCollectives: 2,
    });
    expect(blocked.shortfalls).toEqual([
      {
        rule: 'minCollectives',
        required: 2,
        reached: 1,
        explanation: 'Chỉ bảo đảm được 1/2 tập thể: các tập thể còn lại thuộc khối đã đủ suất',
      },
    ]);
  });
});

describe('rankProposal: minimum remote, border and island areas', () => {
  const individuals = [candidate('i-1', 9, 90), candidate('i-2', 9, 80), candidate('i-3', 9, 70)];

  it('pulls the best lower-ranked remote-area nominee in and pushes the last one out', () => {
    const result = rankProposal([...individuals, remote('r-1', 6, 90), remote('r-2', 5, 99)], 3, { minRemoteArea: 1 });
    const remoteReason = 'Bảo đảm tối thiểu 1 tập thể, cá nhân công tác ở vùng sâu, vùng xa, biên giới, hải đảo';
    expect(result.proposed.map((c) => [c.nominationId, c.rank, c.reasons])).toEqual([
      ['i-1', 1, []],
      ['i-2', 2, []],
      ['r-1', 3, [remoteReason]],
    ]);
    expect(result.leftOut[0]).toMatchObject({
      nominationId: 'i-3',
      rank: 4,
      reason: 'BEYOND_QUOTA',
      explanation:
        'Ngoài chỉ tiêu 3 (xếp thứ 4); nhường suất để bảo đảm tối thiểu 1 tập thể, cá nhân công tác ở vùng sâu, vùng xa, biên giới, hải đảo',
    });
  });

  it('a remote collective counts for both minimums and takes one place', () => {
    const result = rankProposal([...individuals, collective('remote-col', 6, 90, { remoteArea: true }), remote('r-1', 7, 90)], 3, {
      minCollectives: 1,
      minRemoteArea: 1,
    });
    expect(proposedIds(result)).toEqual(['i-1', 'i-2', 'remote-col']);
    expect(result.proposed[2]?.reasons).toEqual(['Bảo đảm tối thiểu 1 tập thể']);
  });

  it('both minimums, met by different nominees, each push one out', () => {
    const result = rankProposal([...individuals, collective('c-1', 6, 90), remote('r-1', 5, 90)], 3, {
      minCollectives: 1,
      minRemoteArea: 1,
    });
    expect(proposedIds(result)).toEqual(['i-1', 'c-1', 'r-1']);
    expect(result.leftOut.map((c) => c.explanation)).toEqual([
      'Ngoài chỉ tiêu 3 (xếp thứ 4); nhường suất để bảo đảm tối thiểu 1 tập thể và tối thiểu 1 tập thể, cá nhân công tác ở vùng sâu, vùng xa, biên giới, hải đảo',
      'Ngoài chỉ tiêu 3 (xếp thứ 5); nhường suất để bảo đảm tối thiểu 1 tập thể và tối thiểu 1 tập thể, cá nhân công tác ở vùng sâu, vùng xa, biên giới, hải đảo',
    ]);
  });

  it('fewer passed than the minimum', () => {
    const result = rankProposal([...individuals, remote('r-1', 1, 10)], 3, { minRemoteArea: 2 });
    expect(proposedIds(result)).toEqual(['i-1', 'i-2', 'r-1']);
    expect(result.shortfalls).toEqual([
      {
        rule: 'minRemoteArea',
        required: 2,
        reached: 1,
        explanation:
          'Chỉ bảo đảm được 1/2 tập thể, cá nhân công tác ở vùng sâu, vùng xa, biên giới, hải đảo: chỉ có 1 tập thể, cá nhân công tác ở vùng sâu, vùng xa, biên giới, hải đảo được Hội đồng thông qua',
      },
    ]);
  });

  it('the minimums together can ask for more places than the quota has', () => {
    const result = rankProposal([collective('c-1', 9, 90), collective('c-2', 9, 80), remote('r-1', 9, 70)], 2, {
      minCollectives: 2,
      minRemoteArea: 1,
    });
    expect(proposedIds(result)).toEqual(['c-1', 'c-2']);
    expect(result.shortfalls.map((s) => [s.rule, s.reached, s.explanation])).toEqual([
      [
        'minRemoteArea',
        0,
        'Chỉ bảo đảm được 0/1 tập thể, cá nhân công tác ở vùng sâu, vùng xa, biên giới, hải đảo: đã hết 2 suất của chỉ tiêu',
      ],
    ]);
  });
});

describe('Vietnamese text', () => {
  it('is in NFC', () => {
    const result = rankProposal([candidate('i-1', 9, 90), candidate('i-2', 9, 80), collective('c-1', 5, 50), remote('r-1', 4, 40)], 2, {
      maxBlockShare: 0.5,
      minCollectives: 1,
      minRemoteArea: 2,
    });
    const texts = [
      ...result.proposed.flatMap((c) => c.reasons),
      ...result.leftOut.map((c) => c.explanation),
      ...result.shortfalls.map((s) => s.explanation),
    ];
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).toBe(text.normalize('NFC'));
  });
});
