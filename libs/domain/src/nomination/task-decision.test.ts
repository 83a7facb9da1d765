// What is wrong with a decision on a task, field by field, before anything reaches the workflow (the API's 400).
import { describe, expect, it } from '@jest/globals';
import { taskDecisionProblems } from './task-decision.js';
import { DECISIONS_BY_TASK, TASK_TYPES, type TaskDecision, type TaskType } from './vocabulary.js';

describe('task decisions', () => {
  it('names what is wrong, field by field', () => {
    expect(taskDecisionProblems('BLOCK_REVIEW', { decision: 'ENDORSE' })).toEqual(['score is required to ENDORSE (0 to 100)']);
    expect(taskDecisionProblems('BLOCK_REVIEW', { decision: 'REJECT', reason: '  ' })).toEqual(['reason is required to REJECT']);
    expect(taskDecisionProblems('COUNCIL_BALLOT', { decision: 'APPROVE' })).toEqual([
      'decision must be one of AGREE, DISAGREE, ABSTAIN for a COUNCIL_BALLOT task',
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
    expect(taskDecisionProblems(type, { decision: wrong })).toEqual([`decision must be one of ${decisions} for a ${type} task`]);
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
    ['BLOCK_REVIEW', { decision: 'REQUEST_CHANGES' }, ['reason is required to REQUEST_CHANGES']],
    ['MINISTER_DECISION', { decision: 'REJECT', reason: '' }, ['reason is required to REJECT']],
    ['REVISION', { decision: 'RESUBMIT', changes: ' ' }, ['changes is required to RESUBMIT: say what was revised']],
    ['REVISION', { decision: 'RESUBMIT' }, ['changes is required to RESUBMIT: say what was revised']],
    ['COUNCIL_BALLOT', { decision: 'AGREE', score: 5 }, ['score applies only to ENDORSE, not to AGREE']],
    ['MINISTER_DECISION', { decision: 'APPROVE', changes: 'x' }, ['changes applies only to RESUBMIT, not to APPROVE']],
    [
      'BLOCK_REVIEW',
      { decision: 'REJECT', score: 10, changes: 'x' },
      ['score applies only to ENDORSE, not to REJECT', 'reason is required to REJECT', 'changes applies only to RESUBMIT, not to REJECT'],
    ],
  ] as const)('a %s task refuses %j: %j', (type, input, problems) => {
    expect(taskDecisionProblems(type, input)).toEqual(problems);
  });
});
