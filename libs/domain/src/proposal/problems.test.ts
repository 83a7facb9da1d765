// What the standing office may send: a non-empty list of distinct nominations the council passed,
// and a written reason when it is longer than the quota; and the cycle's spread rules.
import { describe, expect, it } from '@jest/globals';
import { proposalProblems, validateSpreadRules } from './problems.js';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `hs-${i + 1}`);
const passed = ids(80);

describe('proposalProblems', () => {
  it('a list within the quota of passed nominations is fine', () => {
    expect(proposalProblems({ nominationIds: ids(70), quota: 70, passed })).toEqual([]);
  });

  it('an empty list', () => {
    expect(proposalProblems({ nominationIds: [], quota: 70, passed })).toEqual([
      { field: 'nominationIds', code: 'required', message: 'Danh sách đề nghị phải có ít nhất một hồ sơ' },
    ]);
  });

  it('a nomination listed twice, once per nomination', () => {
    expect(proposalProblems({ nominationIds: ['hs-1', 'hs-2', 'hs-1', 'hs-1'], quota: 70, passed })).toEqual([
      { field: 'nominationIds', code: 'duplicate', message: 'Hồ sơ hs-1 có tên nhiều lần trong danh sách đề nghị' },
    ]);
  });

  it('a nomination the council did not pass, named', () => {
    expect(proposalProblems({ nominationIds: ['hs-1', 'hs-999'], quota: 70, passed })).toEqual([
      { field: 'nominationIds', code: 'notPassed', message: 'Hồ sơ hs-999 không có trong danh sách được Hội đồng thông qua' },
    ]);
  });

  it('over the quota without a reason says by how many', () => {
    expect(proposalProblems({ nominationIds: ids(72), quota: 70, passed })).toEqual([
      {
        field: 'justification',
        code: 'overQuotaNeedsJustification',
        message: 'Danh sách đề nghị có 72 hồ sơ, vượt chỉ tiêu 70 (2 hồ sơ): cần nêu lý do bằng văn bản.',
      },
    ]);
    expect(proposalProblems({ nominationIds: ids(72), quota: 70, justification: '   \n ', passed })[0]?.message).toBe(
      'Danh sách đề nghị có 72 hồ sơ, vượt chỉ tiêu 70 (2 hồ sơ): cần nêu lý do bằng văn bản.',
    );
  });

  it('a reason needs 20 characters, spaces not counted', () => {
    const nineteen = 'Đơn vị có thành tích tốt'; // 19 letters, 5 spaces
    expect(proposalProblems({ nominationIds: ids(71), quota: 70, justification: nineteen, passed })).toEqual([
      {
        field: 'justification',
        code: 'overQuotaNeedsJustification',
        message:
          'Danh sách đề nghị có 71 hồ sơ, vượt chỉ tiêu 70 (1 hồ sơ): lý do nêu quá ngắn, cần ít nhất 20 ký tự (không kể khoảng trắng).',
      },
    ]);
    expect(proposalProblems({ nominationIds: ids(71), quota: 70, justification: `${nineteen}.`, passed })).toEqual([]);
  });

  it('counts a letter typed with combining marks once', () => {
    const decomposed = 'Đơn vị có thành tích tốt'.normalize('NFD'); // still 19 letters
    expect(decomposed.replace(/\s/g, '').length).toBeGreaterThan(19);
    expect(proposalProblems({ nominationIds: ids(71), quota: 70, justification: decomposed, passed })).toHaveLength(1);
  });

  it('a listed twice nomination is counted once against the quota', () => {
    const problems = proposalProblems({ nominationIds: [...ids(70), 'hs-1'], quota: 70, passed });
    expect(problems.map((p) => p.code)).toEqual(['duplicate']);
  });

  it('reports every problem at once', () => {
    const problems = proposalProblems({ nominationIds: ['hs-1', 'hs-1', 'x'], quota: 1, passed });
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['nominationIds', 'duplicate'],
      ['nominationIds', 'notPassed'],
      ['justification', 'overQuotaNeedsJustification'],
    ]);
  });
});

describe('validateSpreadRules', () => {
  it('no rules, or valid ones, are fine', () => {
    expect(validateSpreadRules({}, 70)).toEqual([]);
    expect(validateSpreadRules({ maxBlockShare: 1, minCollectives: 0, minRemoteArea: 70 }, 70)).toEqual([]);
    expect(validateSpreadRules({ maxBlockShare: 0.3, minCollectives: 20, minRemoteArea: 5 }, 70)).toEqual([]);
  });

  it.each([
    [0, 'min', 'Tỷ lệ tối đa của một khối trong chỉ tiêu phải lớn hơn 0'],
    [-0.1, 'min', 'Tỷ lệ tối đa của một khối trong chỉ tiêu phải lớn hơn 0'],
    [1.01, 'max', 'Tỷ lệ tối đa của một khối trong chỉ tiêu không được lớn hơn 1 (100% chỉ tiêu)'],
    [Number.NaN, 'isNumber', 'Tỷ lệ tối đa của một khối trong chỉ tiêu phải là một số'],
  ])('the block share %p', (maxBlockShare, code, message) => {
    expect(validateSpreadRules({ maxBlockShare }, 70)).toEqual([{ field: 'spreadRules.maxBlockShare', code, message }]);
  });

  it.each([
    [1.5, 'isInt', 'Số tập thể tối thiểu phải là số nguyên'],
    [-1, 'min', 'Số tập thể tối thiểu không được nhỏ hơn 0'],
    [71, 'max', 'Số tập thể tối thiểu không được lớn hơn chỉ tiêu (70)'],
  ])('the minimum collectives %p', (minCollectives, code, message) => {
    expect(validateSpreadRules({ minCollectives }, 70)).toEqual([{ field: 'spreadRules.minCollectives', code, message }]);
  });

  it('the minimum remote areas, and every field at once', () => {
    expect(validateSpreadRules({ maxBlockShare: 2, minCollectives: -1, minRemoteArea: 71 }, 70)).toEqual([
      {
        field: 'spreadRules.maxBlockShare',
        code: 'max',
        message: 'Tỷ lệ tối đa của một khối trong chỉ tiêu không được lớn hơn 1 (100% chỉ tiêu)',
      },
      { field: 'spreadRules.minCollectives', code: 'min', message: 'Số tập thể tối thiểu không được nhỏ hơn 0' },
      {
        field: 'spreadRules.minRemoteArea',
        code: 'max',
        message: 'Số tập thể, cá nhân vùng sâu, vùng xa, biên giới, hải đảo tối thiểu không được lớn hơn chỉ tiêu (70)',
      },
    ]);
  });
});
