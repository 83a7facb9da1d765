import { Injectable } from '@nestjs/common';
import { changesSinceRequest, type Actor, type ChangesSinceRequest } from '#domain';
import { GetNominationUseCase } from './get-nomination.use-case.js';
import { NominationEventsUseCase } from './nomination-events.use-case.js';

/** What the last change request asked, and the dossier then and now (nothing asked yet: no request, no changes). */
export type NominationChanges = Omit<ChangesSinceRequest, 'request'> & { request: ChangesSinceRequest['request'] | null };

/** The reviewer's side-by-side view of a revision, to whoever may read the nomination. */
@Injectable()
export class NominationChangesUseCase {
  constructor(
    private readonly getNomination: GetNominationUseCase,
    private readonly events: NominationEventsUseCase,
  ) {}

  async execute(id: string, actor: Actor): Promise<NominationChanges> {
    await this.getNomination.execute(id, actor);
    return changesSinceRequest(await this.events.execute(id)) ?? { request: null, fields: [], documents: [] };
  }
}
