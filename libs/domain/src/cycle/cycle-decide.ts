import { DomainError } from '../errors.js';
import { hasRole, Role, type Actor } from '../organisation/actor.js';
import { requireSubmissionsOpen } from './admission.js';
import { planCalendarMove, type CalendarMoveRequest } from './calendar-move.js';
import type { ConferenceVenue } from './conference-record.js';
import type { CycleEventBody, CycleState } from './cycle.js';

/** Who records the conference as held: the standing office, or the cycle itself on the conference date. */
export type ConferenceHolder = { kind: 'PERSON'; actor: Actor } | { kind: 'PROCESS' };

/** What is asked of a cycle; the time is passed in (the workflow's clock, or the API's). */
export type CycleCommand =
  | { type: 'AdmitSubmission'; at: string }
  | ({ type: 'MoveCalendar'; actor: Actor; at: string } & CalendarMoveRequest)
  | {
      type: 'HoldConference';
      by: ConferenceHolder;
      heldAt: string;
      honoured: number;
      recognised: number;
      /** Where and when it was actually held, as the standing office recorded it (absent when held by the calendar). */
      venue?: ConferenceVenue;
    }
  | { type: 'CloseCycle' };

/**
 * The cycle's rules: submissions only before the cutoff; dates move (lùi thời hạn) only by the
 * administrator or the standing office, with a reason, forward and in order, never after the
 * conference; the conference is recorded once, by the standing office. An unchanged calendar
 * records nothing (the request may be a retry); admission records nothing either (the
 * nomination's own stream does).
 */
export function decideCycle(state: CycleState, command: CycleCommand): CycleEventBody[] {
  switch (command.type) {
    case 'AdmitSubmission':
      requireSubmissionsOpen(state.cycleCode, state.calendar.submissionCutoff, command.at);
      return [];
    case 'MoveCalendar': {
      if (!hasRole(command.actor, Role.ADMIN, Role.STANDING_OFFICE)) {
        throw new DomainError(
          'FORBIDDEN',
          'FORBIDDEN_ROLE',
          'Chỉ Quản trị hệ thống hoặc Thường trực Hội đồng mới được điều chỉnh thời hạn của đợt.',
        );
      }
      if (state.conference) throw datesNoLongerMove(state.cycleCode);
      const { next, changed } = planCalendarMove(state.calendar, command, new Date(command.at));
      if (changed.length === 0) return [];
      const data = {
        calendarVersion: state.calendarVersion + 1,
        previous: state.calendar,
        calendar: next,
        changed,
        reason: command.reason.trim(),
        reopen: command.reopen === true,
      };
      return [{ type: 'CycleCalendarMoved', data }];
    }
    case 'HoldConference': {
      if (command.by.kind === 'PERSON' && !hasRole(command.by.actor, Role.STANDING_OFFICE)) {
        throw standingOfficeHoldsConference();
      }
      if (state.conference) throw conferenceAlreadyHeld(state.cycleCode);
      const heldBy = command.by.kind === 'PERSON' ? command.by.actor.username : 'system';
      const { heldAt, honoured, recognised, venue } = command;
      return [{ type: 'ConferenceHeld', data: { cycleCode: state.cycleCode, heldAt, heldBy, honoured, recognised, ...venue } }];
    }
    case 'CloseCycle':
      return state.closed ? [] : [{ type: 'CycleClosed', data: {} }];
    default: {
      const unknown: never = command;
      throw new Error(`Unknown cycle command ${JSON.stringify(unknown)}`);
    }
  }
}

/** Refusals the cycle's workflow also gives while its conference is being recorded (before it is held). */
export const datesNoLongerMove = (cycleCode: string) =>
  new DomainError(
    'CONFLICT',
    'DATES_NO_LONGER_MOVE',
    `Hội nghị biểu dương của đợt ${cycleCode} đã được tổ chức nên không thể điều chỉnh thời hạn của đợt nữa.`,
  );
export const conferenceAlreadyHeld = (cycleCode: string) =>
  new DomainError('CONFLICT', 'CONFERENCE_ALREADY_HELD', `Hội nghị biểu dương của đợt ${cycleCode} đã được ghi nhận là đã tổ chức.`);
export const standingOfficeHoldsConference = () =>
  new DomainError('FORBIDDEN', 'FORBIDDEN_ROLE', 'Chỉ Thường trực Hội đồng mới được ghi nhận việc tổ chức Hội nghị biểu dương.');
