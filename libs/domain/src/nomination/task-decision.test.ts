// What is wrong with a decision on a task, field by field, before anything reaches the workflow (the API's 400).
import { describe, expect, it } from '@jest/globals';
import { taskDecisionProblems } from './task-decision.js';
import { DECISIONS_BY_TASK, TASK_TYPES, type TaskDecision, type TaskType } from './vocabulary.js';

const fields = (problems: { field: string; code: string }[]) => problems.map((p) => `${p.field}:${p.code}`);

describe('task decisions', () => {
  it('names what is wrong, field by field, in Vietnamese', () => {
    expect(taskDecisionProblems('BLOCK_REVIEW', { decision: 'ENDORSE' })).toEqual([
      { field: 'score', code: 'requiredForDecision', message: 'Cần cho điểm (từ 0 đến 100) khi chọn “Đồng ý đề nghị”' },
    ]);
    expect(taskDecisionProblems('BLOCK_REVIEW', { decision: 'REJECT', reason: '  ' })).toEqual([
      { field: 'reason', code: 'requiredForDecision', message: 'Cần nêu lý do khi chọn “Không chấp thuận”' },
    ]);
    expect(taskDecisionProblems('COUNCIL_BALLOT', { decision: 'APPROVE' })).toEqual([
      {
        field: 'decision',
        code: 'decisionForTask',
        message:
          'Quyết định “Phê duyệt” không áp dụng cho nhiệm vụ phiếu bầu của thành viên Hội đồng; chỉ được chọn “Đồng ý”, “Không đồng ý” hoặc “Không biểu quyết”',
      },
    ]);
    expect(taskDecisionProblems('MINISTER_DECISION', { decision: 'APPROVE' })).toEqual([]);
  });

  it.each<[TaskType, string, TaskDecision]>([
    ['BLOCK_REVIEW', 'ENDORSE, REQUEST_CHANGES, REJECT', 'APPROVE'],
    ['REVISION', 'RESUBMIT', 'APPROVE'],
    ['COUNCIL_BALLOT', 'AGREE, DISAGREE, ABSTAIN', 'ENDORSE'],
    ['MINISTER_DECISION', 'APPROVE, REJECT', 'AGREE'],
  ])('a %s task takes %s, not %s', (type, decisions, wrong) => {
    expect(DECISIONS_BY_TASK[type].join(', ')).toBe(decisions);
    expect(fields(taskDecisionProblems(type, { decision: wrong }))).toEqual(['decision:decisionForTask']);
  });

  it('covers every kind of task', () => {
    expect(Object.keys(DECISIONS_BY_TASK).sort()).toEqual([...TASK_TYPES].sort());
  });

  it.each([
    ['BLOCK_REVIEW', { decision: 'ENDORSE', score: 85 }],
    ['BLOCK_REVIEW', { decision: 'ENDORSE', score: 0 }],
    ['BLOCK_REVIEW', { decision: 'REQUEST_CHANGES', reason: 'Bổ sung biên bản' }],
    ['BLOCK_REVIEW', { decision: 'REJECT', reason: 'Không đạt' }],
    ['REVISION', { decision: 'RESUBMIT', changes: 'Đã bổ sung' }],
    ['COUNCIL_BALLOT', { decision: 'AGREE' }],
    ['COUNCIL_BALLOT', { decision: 'DISAGREE' }],
    ['COUNCIL_BALLOT', { decision: 'ABSTAIN' }],
    ['MINISTER_DECISION', { decision: 'REJECT', reason: 'Chưa tiêu biểu' }],
  ] as const)('a %s task accepts %j', (type, input) => {
    expect(taskDecisionProblems(type, input)).toEqual([]);
  });

  it.each([
    ['BLOCK_REVIEW', { decision: 'REQUEST_CHANGES' }, ['reason:requiredForDecision']],
    ['MINISTER_DECISION', { decision: 'REJECT', reason: '' }, ['reason:requiredForDecision']],
    ['REVISION', { decision: 'RESUBMIT', changes: ' ' }, ['changes:requiredForDecision']],
    ['REVISION', { decision: 'RESUBMIT' }, ['changes:requiredForDecision']],
    ['COUNCIL_BALLOT', { decision: 'AGREE', score: 5 }, ['score:notAllowedForDecision']],
    ['MINISTER_DECISION', { decision: 'APPROVE', changes: 'x' }, ['changes:notAllowedForDecision']],
    [
      'BLOCK_REVIEW',
      { decision: 'REJECT', score: 10, changes: 'x' },
      ['score:notAllowedForDecision', 'reason:requiredForDecision', 'changes:notAllowedForDecision'],
    ],
  ] as const)('a %s task refuses %j: %j', (type, input, problems) => {
    expect(fields(taskDecisionProblems(type, input))).toEqual(problems);
  });
});
