import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { formatDecisionNumber, hanoiYear, type NominationView, type RecordedEvent, type Tally } from '#domain';
import {
  ballotKey,
  councilMemberUsernames,
  countSealedBallots,
  dropInBallotBox,
  nextDecisionNumber,
  NominationEventStore,
  nominationView,
  sealedChoicesInBallotBox,
} from '#persistence';
import { APP_CONFIG, type AppConfig } from '#config';
import { NotificationService } from '../notifications/notification.service.js';
import type { NominationActivities } from '#workflows';
import type { DataSource } from 'typeorm';
import { refuseBadData } from './refuse-bad-data.js';

type Input<K extends keyof NominationActivities> = Parameters<NominationActivities[K]>[0];

/** The nomination workflow's activities: every fact goes through the event store. */
@Injectable()
export class NominationActivitiesService implements NominationActivities {
  constructor(
    private readonly store: NominationEventStore,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async recordBallot({ nominationId, events, sealedChoice }: Input<'recordBallot'>): Promise<void> {
    // In the append's transaction, and only when the events are new: a retry drops no second ballot.
    await refuseBadData(() =>
      this.store.append(nominationId, events, async (m, toWrite) => {
        await dropInBallotBox(m, nominationId, sealedChoice);
        return toWrite;
      }),
    );
  }

  async countBallots({ nominationId, members }: Input<'countBallots'>): Promise<Tally> {
    return countSealedBallots(await sealedChoicesInBallotBox(this.dataSource, nominationId), members, ballotKey(this.config.ballotKey));
  }

  async notify({ notices }: Input<'notify'>): Promise<void> {
    await this.notifications.deliver(notices);
  }

  async recordEvents({ nominationId, events }: Input<'recordEvents'>): Promise<void> {
    await refuseBadData(() => this.store.append(nominationId, events));
  }

  async listCouncilMembers(_input: Input<'listCouncilMembers'>): Promise<string[]> {
    return councilMemberUsernames(this.dataSource);
  }

  async issueMinisterDecision({ nominationId, suffix, approval }: Input<'issueMinisterDecision'>): Promise<RecordedEvent> {
    const [issued] = await this.store.append(nominationId, [approval], async (m, events) => {
      const number = await nextDecisionNumber(m, hanoiYear(approval.occurredAt), suffix);
      return events.map((e) =>
        'decisionNumber' in e.data && e.data.decisionNumber === ''
          ? ({ ...e, data: { ...e.data, decisionNumber: formatDecisionNumber(number, suffix) } } as RecordedEvent)
          : e,
      );
    });
    const { nominationId: _id, version: _version, ...event } = issued;
    return event as RecordedEvent;
  }

  async loadNomination({ nominationId }: Input<'loadNomination'>): Promise<NominationView | null> {
    return nominationView(this.dataSource, nominationId);
  }

  async undoBlockListEntry({ nominationId, events }: Input<'undoBlockListEntry'>): Promise<void> {
    await this.store.append(nominationId, events);
  }

  async undoCouncilAgendaItem({ nominationId, events }: Input<'undoCouncilAgendaItem'>): Promise<void> {
    await this.store.append(nominationId, events);
  }

  async undoConferenceSeat({ nominationId, events }: Input<'undoConferenceSeat'>): Promise<void> {
    await this.store.append(nominationId, events);
  }
}
