// The conference list: council support (share of ALL members) first, then the block's score, remote areas
// first on ties, then the earlier submission; the first `quota` are honoured on stage.
import { describe, expect, it } from '@jest/globals';
import { certificateNumber, rankForConference, type ConferenceCandidate } from './ranking.js';

const candidate = (id: string, agree: number, blockScore: number, remoteArea = false, overrides: Partial<ConferenceCandidate> = {}) => ({
  nominationId: id,
  workflowId: id,
  councilAgree: agree,
  councilMembers: 9,
  blockScore,
  remoteArea,
  submittedAt: '2018-04-01T00:00:00Z',
  ...overrides,
});
const order = (ranked: { nominationId: string }[]) => ranked.map((r) => r.nominationId);

describe('conference ranking', () => {
  it('ranks by council support, then block score, remote areas first on ties, within the quota', () => {
    const ranked = rankForConference([candidate('a', 7, 99), candidate('b', 9, 50), candidate('c', 7, 80, true), candidate('d', 7, 80)], 3);
    expect(ranked.map((r) => [r.nominationId, r.rank, r.honoured])).toEqual([
      ['b', 1, true],
      ['a', 2, true],
      ['c', 3, true],
      ['d', 4, false],
    ]);
  });

  it('council support is the share of all members who agreed, not the count', () => {
    const ofNine = candidate('of-nine', 7, 50, false, { councilMembers: 9 }); // 78%
    const ofSeven = candidate('of-seven', 6, 50, false, { councilMembers: 7 }); // 86%
    expect(order(rankForConference([ofNine, ofSeven], 2))).toEqual(['of-seven', 'of-nine']);
  });

  it('a candidate without a council count has no support', () => {
    expect(order(rankForConference([candidate('none', 0, 100, true, { councilMembers: 0 }), candidate('some', 1, 0)], 2))).toEqual([
      'some',
      'none',
    ]);
  });

  it('on a tie of support and score, remote, border and island areas come first, even submitted later', () => {
    const city = candidate('a-city', 7, 80, false, { submittedAt: '2018-04-01T00:00:00.000Z' });
    const island = candidate('b-island', 7, 80, true, { submittedAt: '2018-04-20T00:00:00.000Z' });
    expect(order(rankForConference([city, island], 1))).toEqual(['b-island', 'a-city']);
  });

  it('remote areas come first only on a tie of support and score', () => {
    expect(order(rankForConference([candidate('remote', 7, 80, true), candidate('city', 7, 81)], 2))).toEqual(['city', 'remote']);
  });

  it('then the earlier submission, then the id', () => {
    const early = candidate('z-early', 7, 80, false, { submittedAt: '2018-04-01T00:00:00.000Z' });
    const late = candidate('a-late', 7, 80, false, { submittedAt: '2018-04-02T00:00:00.000Z' });
    expect(order(rankForConference([late, early], 2))).toEqual(['z-early', 'a-late']);
    expect(order(rankForConference([candidate('b', 7, 80), candidate('a', 7, 80)], 2))).toEqual(['a', 'b']);
  });

  it.each([
    [0, [false, false, false]],
    [2, [true, true, false]],
    [70, [true, true, true]],
  ])('a quota of %i honours the first ones', (quota, honoured) => {
    const ranked = rankForConference([candidate('a', 9, 90), candidate('b', 8, 90), candidate('c', 7, 90)], quota);
    expect(ranked.map((r) => r.honoured)).toEqual(honoured);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3]);
  });

  it('leaves the candidates it is given in their order', () => {
    const candidates = [candidate('a', 7, 80), candidate('b', 9, 80)];
    rankForConference(candidates, 1);
    expect(order(candidates)).toEqual(['a', 'b']);
  });
});

describe('certificate numbers', () => {
  it('number each honour within its cycle, in rank order', () => {
    expect(certificateNumber('SK-2016-2018', 7)).toBe('SK-2016-2018/007');
    expect(certificateNumber('DHTD-IV-2020', 120)).toBe('DHTD-IV-2020/120');
  });
});
