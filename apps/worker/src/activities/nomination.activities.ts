import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { formatDecisionNumber, hanoiYear, Role, type NominationView, type RecordedEvent, type Tally } from '#domain';
import { ballotKey, countSealedBallots, NominationEventStore } from '#persistence';
import { APP_CONFIG, type AppConfig } from '#config';
import { NotificationService } from '../notifications/notification.service.js';
import type { NominationActivities } from '#workflows';
import type { DataSource, EntityManager } from 'typeorm';
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
        await m.query('INSERT INTO ballot_box (nomination_id, sealed_choice) VALUES ($1, $2)', [nominationId, sealedChoice]);
        return toWrite;
      }),
    );
  }

  async countBallots({ nominationId, members }: Input<'countBallots'>): Promise<Tally> {
    const rows: { sealed_choice: string }[] = await this.dataSource.query('SELECT sealed_choice FROM ballot_box WHERE nomination_id = $1', [
      nominationId,
    ]);
    return countSealedBallots(
      rows.map((r) => r.sealed_choice),
      members,
      ballotKey(this.config.ballotKey),
    );
  }

  async notify({ notices }: Input<'notify'>): Promise<void> {
    await this.notifications.deliver(notices);
  }

  async recordEvents({ nominationId, events }: Input<'recordEvents'>): Promise<void> {
    await refuseBadData(() => this.store.append(nominationId, events));
  }

  async listCouncilMembers(_input: Input<'listCouncilMembers'>): Promise<string[]> {
    const rows: { username: string }[] = await this.dataSource.query(`SELECT username FROM users WHERE $1 = ANY(roles) ORDER BY username`, [
      Role.COUNCIL_MEMBER,
    ]);
    return rows.map((r) => r.username);
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
    const [row] = await this.dataSource.query('SELECT view FROM nominations WHERE id = $1', [nominationId]);
    return row?.view ?? null;
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

/**
 * The next number of the year. The counter row stays locked until the transaction that
 * records the decision commits, so concurrent approvals queue up and no number is skipped:
 * a rolled-back approval rolls its number back too.
 */
async function nextDecisionNumber(m: EntityManager, year: number, suffix: string): Promise<number> {
  const [{ last_number }] = await m.query(
    `INSERT INTO decision_number_counters (year, suffix, last_number) VALUES ($1, $2, 1)
     ON CONFLICT (year, suffix) DO UPDATE SET last_number = decision_number_counters.last_number + 1
     RETURNING last_number`,
    [year, suffix],
  );
  return last_number;
}
