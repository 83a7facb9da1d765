import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { councilSessionWorkflowId, hanoiYear, proposalWorkflowId, type NominationView, type RecordedEvent, type Tally } from '#domain';
import {
  ballotKey,
  councilMemberUsernames,
  countSealedBallots,
  CycleEntity,
  dropInBallotBox,
  claimDocumentNumber,
  issueRegisterNumber,
  NominationEventStore,
  nominationView,
  sealedChoicesInBallotBox,
} from '#persistence';
import { APP_CONFIG, type AppConfig } from '#config';
import { Client } from '@temporalio/client';
import { agendaItemWithdrawnSignal, entryWithdrawnSignal } from '#workflows';
import { NotificationService } from '../notifications/notification.service.js';
import type { NominationActivities } from '#workflows';
import type { DataSource } from 'typeorm';
import { decisionNumberTaken } from './decision-number-taken.js';
import { refuseBadData } from './refuse-bad-data.js';
import { signalIfRunning } from './council/signal-workflows.js';

type Input<K extends keyof NominationActivities> = Parameters<NominationActivities[K]>[0];

/** The nomination workflow's activities: every fact goes through the event store. */
@Injectable()
export class NominationActivitiesService implements NominationActivities {
  constructor(
    private readonly store: NominationEventStore,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly temporal: Client,
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

  async issueMinisterDecision({ nominationId, suffix, approval, documentNumber }: Input<'issueMinisterDecision'>): Promise<RecordedEvent> {
    const [issued] = await this.store.append(nominationId, [approval], async (m, events) => {
      const issue = {
        year: hanoiYear(approval.occurredAt),
        kind: approval.type === 'NominationRevoked' ? 'REVOCATION' : 'NOMINATION_DECISION',
        ref: nominationId,
        issuedAt: approval.occurredAt,
      } as const;
      let number: string;
      if (documentNumber === undefined) {
        number = await issueRegisterNumber(m, suffix, issue);
      } else {
        number = documentNumber;
        // Thrown inside the append's transaction: nothing of the decision is written.
        if (!(await claimDocumentNumber(m, number, issue))) throw decisionNumberTaken(number);
      }
      return events.map((e) =>
        'decisionNumber' in e.data && e.data.decisionNumber === ''
          ? ({ ...e, data: { ...e.data, decisionNumber: number } } as RecordedEvent)
          : e,
      );
    });
    const { nominationId: _id, version: _version, ...event } = issued;
    return event as RecordedEvent;
  }

  async submissionCutoff({ cycleCode }: Input<'submissionCutoff'>): Promise<string> {
    const cycle = await this.dataSource.getRepository(CycleEntity).findOneByOrFail({ code: cycleCode });
    return cycle.submissionCutoff.toISOString();
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

  async undoSessionAgendaItem({ nominationId, events }: Input<'undoSessionAgendaItem'>): Promise<void> {
    await this.store.append(nominationId, events);
    // The ref is `<sessionId>/<nominationId>`: the session (if still composing or voting) drops it.
    for (const e of events) {
      if (e.type !== 'CouncilAgendaItemCompensated') continue;
      await signalIfRunning(this.temporal, councilSessionWorkflowId(e.data.ref.split('/')[0]), agendaItemWithdrawnSignal, { nominationId });
    }
  }

  async undoProposalEntry({ nominationId, events }: Input<'undoProposalEntry'>): Promise<void> {
    await this.store.append(nominationId, events);
    for (const e of events) {
      if (e.type !== 'ProposalEntryCompensated') continue;
      await signalIfRunning(this.temporal, proposalWorkflowId(e.data.ref.split('/')[0]), entryWithdrawnSignal, { nominationId });
    }
  }

  async undoConferenceSeat({ nominationId, events }: Input<'undoConferenceSeat'>): Promise<void> {
    await this.store.append(nominationId, events);
  }
}
