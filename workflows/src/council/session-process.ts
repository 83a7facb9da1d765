import { proxyActivities, upsertSearchAttributes } from '@temporalio/workflow';
import { decideSession, evolveSession, type RecordedSessionEvent, type SessionCommand, type SessionEvent, type SessionView } from '#domain';
import type { CouncilSessionActivities, NominationActivities } from '../activity-contracts.js';
import { PERSISTENT } from '../common/activity-options.js';
import { SessionStatusKey } from '../search-attributes.js';

export const activities = proxyActivities<CouncilSessionActivities & Pick<NominationActivities, 'notify'>>(PERSISTENT);

/**
 * A council session's state inside its workflow, and the only way it changes: a command is decided
 * by the pure domain, the events are stored by an activity, then applied; one change at a time.
 */
export class SessionProcess {
  private folded: SessionView | null = null;
  private turn: Promise<unknown> = Promise.resolve();
  /** Set while the box is being counted: ballots and edits are refused meanwhile. */
  counting = false;

  constructor(readonly sessionId: string) {}

  get view(): SessionView | null {
    return this.folded;
  }

  get current(): SessionView {
    if (this.folded === null) throw new Error('The session is not composed yet');
    return this.folded;
  }

  /** Decides on the state as it will be once every change before this one is stored. */
  check(command: SessionCommand): void {
    decideSession(this.folded, command);
  }

  execute(command: SessionCommand, actor: string): Promise<SessionEvent[]> {
    return this.exclusively(() => this.commitNow(command, actor));
  }

  /** Decides and stores at once: only inside a step that already holds the turn (see `exclusively`). */
  async commitNow(command: SessionCommand, actor: string): Promise<SessionEvent[]> {
    const events = decideSession(this.folded, command);
    await this.commit(events, actor);
    return events;
  }

  exclusively<T>(step: () => Promise<T>): Promise<T> {
    const mine = this.turn.then(step);
    this.turn = mine.catch(() => undefined);
    return mine;
  }

  private async commit(events: SessionEvent[], actor: string): Promise<void> {
    if (events.length === 0) return;
    const version = this.folded?.version ?? 0;
    // Date is deterministic inside a workflow: the time of the current workflow task.
    const at = new Date().toISOString();
    const recorded = events.map((e, i) => ({ ...e, key: `${version + i + 1}:${e.type}`, actor, occurredAt: at }) as RecordedSessionEvent);
    await activities.recordSessionEvents({ sessionId: this.sessionId, events: recorded });
    const before = this.folded?.status;
    for (const event of recorded) this.folded = evolveSession(this.folded, event);
    if (this.folded && before !== this.folded.status) upsertSearchAttributes([{ key: SessionStatusKey, value: this.folded.status }]);
  }
}
