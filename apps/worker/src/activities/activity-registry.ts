import { Injectable } from '@nestjs/common';
import type { CouncilSessionActivities, CycleActivities, NominationActivities, ProposalActivities } from '#workflows';
import { CalendarMoveActivitiesService } from './cycle/calendar-move.activities.js';
import { ConferenceActivitiesService } from './cycle/conference.activities.js';
import { CutoffRemindersActivitiesService } from './cycle/cutoff-reminders.activities.js';
import { CycleClosingActivitiesService } from './cycle/cycle-closing.activities.js';
import { CycleEventsActivitiesService } from './cycle/cycle-events.activities.js';
import { ReminderScheduleActivitiesService } from './cycle/reminder-schedule.activities.js';
import { NominationActivitiesService } from './nomination.activities.js';
import { CouncilSessionActivitiesService } from './council/council-session.activities.js';
import { ProposalActivitiesService } from './council/proposal.activities.js';

/** Every service that implements activities: the worker module provides them all. */
export const ACTIVITY_SERVICES = [
  NominationActivitiesService,
  ConferenceActivitiesService,
  CycleEventsActivitiesService,
  ReminderScheduleActivitiesService,
  CalendarMoveActivitiesService,
  CycleClosingActivitiesService,
  CutoffRemindersActivitiesService,
  CouncilSessionActivitiesService,
  ProposalActivitiesService,
];

export type WorkerActivities = NominationActivities & CycleActivities & CouncilSessionActivities & ProposalActivities;

/**
 * Which service runs which activity, under the name the workflows call it by. The type says the
 * list is complete: an activity of the contracts with no service here does not compile.
 */
@Injectable()
export class ActivityRegistry {
  constructor(
    private readonly nomination: NominationActivitiesService,
    private readonly conference: ConferenceActivitiesService,
    private readonly cycleEvents: CycleEventsActivitiesService,
    private readonly reminderSchedule: ReminderScheduleActivitiesService,
    private readonly calendarMove: CalendarMoveActivitiesService,
    private readonly cycleClosing: CycleClosingActivitiesService,
    private readonly cutoffReminders: CutoffRemindersActivitiesService,
    private readonly councilSession: CouncilSessionActivitiesService,
    private readonly proposal: ProposalActivitiesService,
  ) {}

  activities(): WorkerActivities {
    return {
      ...bound(
        this.nomination,
        'recordEvents',
        'listCouncilMembers',
        'issueMinisterDecision',
        'loadNomination',
        'submissionCutoff',
        'undoBlockListEntry',
        'undoCouncilAgendaItem',
        'undoConferenceSeat',
        'recordBallot',
        'countBallots',
        'notify',
        'undoSessionAgendaItem',
        'undoProposalEntry',
      ),
      ...bound(
        this.councilSession,
        'recordSessionEvents',
        'sessionMembers',
        'joinSession',
        'leaveSession',
        'openBallotBox',
        'countBallotBox',
        'announceSessionOutcome',
      ),
      ...bound(
        this.proposal,
        'recordProposalEvents',
        'joinProposal',
        'issueListDecision',
        'announceListDecision',
        'passedNotProposed',
        'endNotProposed',
        'takeEntryOffProposal',
      ),
      ...bound(this.conference, 'planConference'),
      ...bound(this.cycleEvents, 'recordCycleEvent', 'closeSubmissions'),
      ...bound(this.reminderSchedule, 'ensureReminderSchedule', 'deleteReminderSchedule'),
      ...bound(this.calendarMove, 'replanNominations', 'announceCalendarMove'),
      ...bound(this.cycleClosing, 'closeNominations'),
      ...bound(this.cutoffReminders, 'remindUnitsBeforeCutoff'),
    };
  }
}

/** The named methods bound to their service: an unbound Nest method loses its dependencies. */
function bound<S extends object, K extends keyof S>(service: S, ...names: K[]): Pick<S, K> {
  return Object.fromEntries(names.map((name) => [name, (service[name] as (...args: unknown[]) => unknown).bind(service)])) as Pick<S, K>;
}
