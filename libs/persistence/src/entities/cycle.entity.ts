import type { CycleCalendar, EligibilityStandard, RecusalCounting, RequiredDocument, SpreadRules } from '#domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A campaign of recognition with its calendar (instants) and its rules. */
@Entity('cycles')
export class CycleEntity {
  @PrimaryColumn({ type: 'text' }) code: string;
  @Column({ type: 'text' }) title: string;
  @Column({ name: 'plan_reference', type: 'text' }) planReference: string;
  @Column({ name: 'period_from', type: 'timestamptz' }) periodFrom: Date;
  @Column({ name: 'period_to', type: 'timestamptz' }) periodTo: Date;
  @Column({ name: 'submission_cutoff', type: 'timestamptz' }) submissionCutoff: Date;
  @Column({ name: 'block_review_target', type: 'timestamptz' }) blockReviewTarget: Date;
  @Column({ name: 'council_vote_target', type: 'timestamptz' }) councilVoteTarget: Date;
  @Column({ name: 'decision_target', type: 'timestamptz' }) decisionTarget: Date;
  @Column({ name: 'conference_date', type: 'timestamptz' }) conferenceDate: Date;
  @Column({ type: 'int' }) quota: number;
  @Column({ name: 'approval_rule', type: 'text' }) approvalRule: string;
  @Column({ name: 'max_change_rounds', type: 'int' }) maxChangeRounds: number;
  @Column({ name: 'revision_days', type: 'int' }) revisionDays: number;
  @Column({ name: 'decision_suffix', type: 'text' }) decisionSuffix: string;
  @Column({ name: 'time_zone', type: 'text' }) timeZone: string;
  @Column({ name: 'workflow_id', type: 'text' }) workflowId: string;
  @Column({ name: 'conference_held_at', type: 'timestamptz', nullable: true }) conferenceHeldAt: Date | null;
  @Column({ name: 'conference_held_by', type: 'text', nullable: true }) conferenceHeldBy: string | null;
  /** 1, then one more each time the calendar moves. */
  @Column({ name: 'calendar_version', type: 'int', default: 1 }) calendarVersion: number;
  /**
   * How the council votes, fixed when the cycle is created: SESSIONS (a session votes on a list,
   * the minister signs one decision), or PER_NOMINATION (cycles created before sessions existed).
   */
  @Column({ name: 'council_process', type: 'text', default: 'PER_NOMINATION' }) councilProcess: 'SESSIONS' | 'PER_NOMINATION';
  @Column({ name: 'recusal_counting', type: 'text', default: 'AS_NOT_AGREEING' }) recusalCounting: RecusalCounting;
  /** Settings of the ranking of the proposal to the minister (e.g. a cap on one block's share). */
  @Column({ name: 'spread_rules', type: 'jsonb', default: {} }) spreadRules: SpreadRules;
  /** The documents every dossier must have to be submitted (kind and title). */
  @Column({ name: 'required_documents', type: 'jsonb', default: [] }) requiredDocuments: RequiredDocument[];
  /** What the award history must show of a nominee at submission; null: nothing is checked. */
  @Column({ type: 'jsonb', nullable: true }) eligibility: EligibilityStandard | null;
  /** Where and on which day the conference was actually held (recorded by the standing office). */
  @Column({ name: 'conference_place', type: 'text', nullable: true }) conferencePlace: string | null;
  @Column({ name: 'conference_held_on', type: 'timestamptz', nullable: true }) conferenceHeldOn: Date | null;
  @Column({ name: 'created_by', type: 'text' }) createdBy: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** The cycle's calendar in force, as ISO instants. */
export function calendarOf(cycle: CycleEntity): CycleCalendar {
  return {
    periodFrom: cycle.periodFrom.toISOString(),
    periodTo: cycle.periodTo.toISOString(),
    submissionCutoff: cycle.submissionCutoff.toISOString(),
    blockReviewTarget: cycle.blockReviewTarget.toISOString(),
    councilVoteTarget: cycle.councilVoteTarget.toISOString(),
    decisionTarget: cycle.decisionTarget.toISOString(),
    conferenceDate: cycle.conferenceDate.toISOString(),
  };
}
