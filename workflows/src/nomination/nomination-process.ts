import { condition, proxyActivities, upsertSearchAttributes } from '@temporalio/workflow';
import {
  decide,
  decisionInProgress,
  evolve,
  nominationBeingRecorded,
  type DomainError,
  type NominationCommand,
  type NominationEvent,
  type NominationState,
  type NominationView,
  type OpenTask,
  type RecordedEvent,
} from '#domain';
import type { NominationActivities } from '../activity-contracts.js';
import { PERSISTENT } from '../common/activity-options.js';
import { NominationStageKey, NominationStatusKey } from '../search-attributes.js';

export const activities = proxyActivities<NominationActivities>(PERSISTENT);

/** An activity that stores events (recordEvents, recordBallot, the undo activities). */
export type Recorder = (input: { nominationId: string; events: RecordedEvent[] }) => Promise<void>;

/**
 * Marks executions that apply an event to their state only once it is stored, one decision at a
 * time. Executions started before applied first and stored after, so a refusal by the store
 * left their state ahead of it; they replay as they ran.
 */
export const STORE_BEFORE_APPLY_PATCH = 'nomination-store-before-apply-v1';

/**
 * The state of one nomination inside its workflow, and the only way it changes: a command is
 * decided by the pure domain, the events are stored by an activity, and then applied here.
 */
export class NominationProcess {
  private folded: NominationState | null = null;
  /** Set while an approval is being numbered or a vote counted: validators refuse meanwhile. */
  deciding = false;
  /**
   * Whether this execution keeps deadlines, follows moved dates and tells the unit its
   * outcome (patched() at start: executions started before that code do none of it).
   */
  followsCalendar = false;
  /** Whether events are stored before they are applied (patched() at start; see STORE_BEFORE_APPLY_PATCH). */
  storesBeforeApplying = false;
  /** Whether this is the council-session process (nominationWorkflowV2): it joins sessions and a proposal. */
  joinsSessions = false;
  private appended: Promise<void> = Promise.resolve();
  private turn: Promise<unknown> = Promise.resolve();

  constructor(readonly nominationId: string) {}

  get state(): NominationState {
    if (this.folded === null) throw nominationBeingRecorded();
    return this.folded;
  }

  get view(): NominationView | null {
    return this.folded?.view ?? null;
  }

  /** The open tasks (none before the submission is recorded). */
  get tasks(): OpenTask[] {
    return this.folded?.tasks ?? [];
  }

  get current(): NominationView {
    return this.state.view;
  }

  /** Resolves once everything recorded so far is in the store. */
  flushed(): Promise<void> {
    return this.appended;
  }

  /** Refuses while an approval is being numbered or a vote counted. */
  refuseWhileDeciding(refusal: () => DomainError = decisionInProgress): void {
    if (this.deciding) throw refusal();
  }

  /** Decides `command` on the state as stored, stores the events, then applies them; one decision at a time. */
  execute(command: NominationCommand, actor: string, via: Recorder = activities.recordEvents): Promise<NominationEvent[]> {
    return this.exclusively(async () => {
      const events = decide(this.folded, command);
      await this.commit(events, actor, via);
      return events;
    });
  }

  /**
   * Runs `step` after every decision before it has been stored and applied, so each decides on
   * the state as stored. (Executions from before STORE_BEFORE_APPLY_PATCH ran steps at once.)
   */
  exclusively<T>(step: () => Promise<T>): Promise<T> {
    if (!this.storesBeforeApplying) return step();
    const mine = this.turn.then(step);
    this.turn = mine.catch(() => undefined);
    return mine;
  }

  /** Stores `events` through `via`, and applies them once stored; nothing is applied if the store refuses. */
  async commit(events: NominationEvent[], actor: string, via: Recorder = activities.recordEvents): Promise<void> {
    if (events.length === 0) return;
    if (!this.storesBeforeApplying) {
      const recorded = events.map((event) => this.apply(this.stamp(event, actor)));
      return this.enqueue(() => via({ nominationId: this.nominationId, events: recorded }));
    }
    const recorded = events.map((event, i) => this.stamp(event, actor, i));
    await this.enqueue(() => via({ nominationId: this.nominationId, events: recorded }));
    recorded.forEach((event) => this.apply(event));
  }

  /** Stores one event through an activity that returns it completed (a decision numbered in the store), then applies it. */
  async commitReturned(event: NominationEvent, actor: string, store: (event: RecordedEvent) => Promise<RecordedEvent>): Promise<void> {
    const stamped = this.stamp(event, actor);
    let stored: RecordedEvent | undefined;
    await this.enqueue(async () => {
      stored = await store(stamped);
    });
    this.apply(stored as RecordedEvent);
  }

  /** Waits until no approval is being numbered: a moved date or a closing cycle must not overtake it. */
  async notWhileDeciding(): Promise<void> {
    await condition(() => !this.deciding);
  }

  private stamp(event: NominationEvent, actor: string, offset = 0): RecordedEvent {
    const version = (this.folded?.view.version ?? 0) + offset + 1;
    // Date is deterministic inside a workflow: it is the time of the current workflow task.
    return { ...event, key: `${version}:${event.type}`, actor, occurredAt: new Date().toISOString() } as RecordedEvent;
  }

  private apply(event: RecordedEvent): RecordedEvent {
    const before = this.folded?.view ?? null;
    this.folded = evolve(this.folded, event);
    const after = this.folded.view;
    if (before?.stage !== after.stage || before?.status !== after.status) {
      upsertSearchAttributes([
        { key: NominationStageKey, value: after.stage },
        { key: NominationStatusKey, value: after.status },
      ]);
    }
    return event;
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    const next = this.appended.then(step);
    this.appended = next.catch(() => undefined);
    return next;
  }
}
