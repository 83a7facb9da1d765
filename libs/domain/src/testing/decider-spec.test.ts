// The spec helper itself must fail when the decider does not do what a test says.
import { describe, expect, it } from '@jest/globals';
import { DeciderSpecification, DeciderSpecificationError, firstDifference, refused } from './decider-spec.js';
import { DomainError } from '../errors.js';

type Counted = { type: 'Counted'; data: { by: number } };
/** A counter that counts by a positive step, and refuses anything else. */
const counter = DeciderSpecification.for({
  initialState: () => 0,
  evolve: (total: number, event: Counted) => total + event.data.by,
  decide: (total: number, step: number): Counted[] => {
    if (step <= 0) throw new DomainError('INVALID', 'VALIDATION_FAILED', `step must be positive, not ${step}`);
    return total >= 10 ? [] : [{ type: 'Counted', data: { by: step } }];
  },
});
const counted = (by: number): Counted => ({ type: 'Counted', data: { by } });

describe('the decider specification', () => {
  it('passes when the decider records exactly the events expected', () => {
    expect(() =>
      counter
        .given([counted(2)])
        .when(3)
        .then([counted(3)]),
    ).not.toThrow();
    expect(() =>
      counter
        .given([counted(10)])
        .when(3)
        .thenNothing(),
    ).not.toThrow();
  });

  it.each([
    ['another value', [counted(4)], '[0].data.by: expected 4, got 3'],
    ['more events', [counted(3), counted(3)], 'the list: expected 2 item(s), got 1'],
    ['no event', [], 'the list: expected 0 item(s), got 1'],
  ])('fails when the decider records %s than expected', (_, expected, difference) => {
    expect(() => counter.given([]).when(3).then(expected)).toThrow(difference);
    expect(() => counter.given([]).when(3).then(expected)).toThrow(DeciderSpecificationError);
  });

  it('folds the given events into the state the command is decided on', () => {
    expect(counter.given([counted(4), counted(6)]).state()).toBe(10);
    expect(
      counter
        .given([counted(4), counted(6)])
        .when(1)
        .events(),
    ).toEqual([]);
  });

  it('passes a refusal the check accepts, and returns it', () => {
    const error = counter
      .given([])
      .when(0)
      .thenThrows(refused('INVALID', 'VALIDATION_FAILED', 'step must be positive', /not 0$/));
    expect(error).toBeInstanceOf(DomainError);
  });

  it('fails a refusal the check does not accept', () => {
    expect(() => counter.given([]).when(0).thenThrows(refused('CONFLICT'))).toThrow(
      'The decider refused, but not as expected: DomainError INVALID VALIDATION_FAILED: step must be positive, not 0',
    );
    expect(() =>
      counter
        .given([])
        .when(0)
        .thenThrows(refused('INVALID', 'VALIDATION_FAILED', 'negative')),
    ).toThrow(DeciderSpecificationError);
  });

  it('fails when a refusal was expected and the decider recorded events', () => {
    expect(() => counter.given([]).when(1).thenThrows()).toThrow('Expected a refusal, but the decider recorded');
  });

  it('compares keys exactly: a missing or an extra key is a difference', () => {
    expect(firstDifference({ a: 1 }, { a: 1, b: undefined }, '')).toBe('.b: not expected, got undefined');
    expect(firstDifference({ a: 1, b: 2 }, { a: 1 }, '')).toBe('.b: expected 2, missing');
    expect(firstDifference([new Date(0)], [new Date(0)], '')).toBeNull();
    expect(firstDifference({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] }, '')).toBe('.a[1].b: expected "x", got "y"');
  });
});
