/**
 * Given / when / then for deciders, in the style of Emmett's DeciderSpecification:
 *
 *   spec.given(events).when(command).then(expectedEvents);
 *   spec.given(events).when(command).thenNothing();
 *   spec.given(events).when(command).thenThrows(refused('CONFLICT', /already/));
 *
 * Pure and framework-free (no jest here): a failed expectation throws an Error that says what was
 * expected and what the decider did; `events()` and `state()` return values for tests that prefer
 * `expect`.
 */
import { DomainError, type DomainErrorCode, type RefusalReason } from '../errors.js';

export interface Decider<State, Command, Event, Recorded> {
  decide: (state: State, command: Command) => Event[];
  evolve: (state: State, event: Recorded) => State;
  initialState: () => State;
  /**
   * What of an event the comparison looks at. The default is all of it; the nomination's spec
   * compares type and data, so a test may expect recorded events built for its `given`.
   */
  compareAs?: (event: Event | Recorded) => unknown;
}

/** What a test does once it has said what happened before and what is asked now. */
export interface Then<State, Event, Recorded = Event> {
  /** The decider records exactly these events, in this order. */
  then(expected: readonly (Event | Recorded)[]): void;
  /** The decider records nothing (a no-op, e.g. a retried or outdated command). */
  thenNothing(): void;
  /** The decider refuses: it throws, and `check` (if given) accepts what it threw. Returns the error. */
  thenThrows(check?: (error: unknown) => boolean): unknown;
  /** The events decided, for assertions the exact comparison does not suit. */
  events(): Event[];
  /** The state the command was decided on. */
  state(): State;
}

export interface Given<State, Command, Event, Recorded = Event> {
  when(command: Command): Then<State, Event, Recorded>;
  /** The state after the given events. */
  state(): State;
}

export class DeciderSpecificationError extends Error {
  override name = 'DeciderSpecificationError';
}

export const DeciderSpecification = {
  for<State, Command, Event, Recorded>(decider: Decider<State, Command, Event, Recorded>) {
    return {
      given(events: readonly Recorded[] = []): Given<State, Command, Event, Recorded> {
        const compareAs = decider.compareAs ?? ((event: Event | Recorded): unknown => event);
        const state = () => events.reduce(decider.evolve, decider.initialState());
        return {
          state,
          when(command: Command): Then<State, Event, Recorded> {
            const decided = () => decider.decide(state(), command);
            const then = (expectedEvents: readonly (Event | Recorded)[]) => {
              const expected = expectedEvents.map(compareAs);
              const actual = decided().map(compareAs);
              const difference = firstDifference(expected, actual, '');
              if (difference !== null) {
                throw new DeciderSpecificationError(
                  `The decider did not record the expected events (${difference}).\n` +
                    `Expected:\n${show(expected)}\nDecided:\n${show(actual)}`,
                );
              }
            };
            return {
              then,
              thenNothing: () => then([]),
              thenThrows(check?: (error: unknown) => boolean): unknown {
                let actual: Event[];
                try {
                  actual = decided();
                } catch (error) {
                  if (check && !check(error)) {
                    throw new DeciderSpecificationError(`The decider refused, but not as expected: ${describeError(error)}`);
                  }
                  return error;
                }
                throw new DeciderSpecificationError(`Expected a refusal, but the decider recorded:\n${show(actual)}`);
              },
              events: decided,
              state,
            };
          },
        };
      },
    };
  },
};

/**
 * A check for `thenThrows`: a DomainError with this code (the category) and, if given, this
 * reason (the stable code the API answers with), whose message matches every pattern (a
 * string must appear as is).
 */
export function refused(code: DomainErrorCode, reason?: RefusalReason, ...patterns: (RegExp | string)[]): (error: unknown) => boolean {
  return (error) =>
    error instanceof DomainError &&
    error.code === code &&
    (reason === undefined || error.reason === reason) &&
    patterns.every((p) => (typeof p === 'string' ? error.message.includes(p) : p.test(error.message)));
}

function describeError(error: unknown): string {
  if (error instanceof DomainError) return `DomainError ${error.code} ${error.reason}: ${error.message}`;
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

function show(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/** Where two JSON-like values first differ (a path and both sides), or null when they are equal. Keys must match exactly. */
export function firstDifference(expected: unknown, actual: unknown, path: string): string | null {
  const here = path || 'the list';
  if (Object.is(expected, actual)) return null;
  if (expected instanceof Date || actual instanceof Date) {
    return expected instanceof Date && actual instanceof Date && expected.getTime() === actual.getTime()
      ? null
      : `${here}: expected ${show(expected)}, got ${show(actual)}`;
  }
  if (Array.isArray(expected) || Array.isArray(actual)) {
    if (!Array.isArray(expected) || !Array.isArray(actual)) return `${here}: expected ${show(expected)}, got ${show(actual)}`;
    if (expected.length !== actual.length) return `${here}: expected ${expected.length} item(s), got ${actual.length}`;
    for (let i = 0; i < expected.length; i++) {
      const difference = firstDifference(expected[i], actual[i], `${path}[${i}]`);
      if (difference !== null) return difference;
    }
    return null;
  }
  if (isObject(expected) && isObject(actual)) {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    for (const key of keys) {
      if (!(key in actual)) return `${path}.${key}: expected ${show(expected[key])}, missing`;
      if (!(key in expected)) return `${path}.${key}: not expected, got ${show(actual[key])}`;
      const difference = firstDifference(expected[key], actual[key], `${path}.${key}`);
      if (difference !== null) return difference;
    }
    return null;
  }
  return `${here}: expected ${show(expected)}, got ${show(actual)}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
