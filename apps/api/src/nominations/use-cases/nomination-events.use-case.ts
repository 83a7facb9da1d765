import { Injectable } from '@nestjs/common';
import type { StoredEvent } from '#domain';
import { NominationEventStore } from '#persistence';
import { nominationNotFound } from '../../common/not-found.js';

/** Every recorded fact of a nomination, in order (404 if it has none). */
@Injectable()
export class NominationEventsUseCase {
  constructor(private readonly store: NominationEventStore) {}

  async execute(id: string): Promise<StoredEvent[]> {
    const events = await this.store.readStream(id);
    if (events.length === 0) throw nominationNotFound(id);
    return events;
  }
}
