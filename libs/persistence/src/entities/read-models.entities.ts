import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { NominationView } from '#domain';

/** Read model: one row per nomination, the columns people filter on plus the whole view. */
@Entity('nominations')
export class NominationRow {
  @PrimaryColumn({ type: 'uuid' }) id: string;
  @Column({ name: 'workflow_id', type: 'text' }) workflowId: string;
  @Column({ name: 'cycle_code', type: 'text' }) cycleCode: string;
  @Column({ name: 'unit_code', type: 'text' }) unitCode: string;
  @Column({ name: 'block_code', type: 'text' }) blockCode: string;
  @Column({ name: 'nominee_key', type: 'text' }) nomineeKey: string;
  @Column({ name: 'nominee_kind', type: 'text' }) nomineeKind: string;
  /** The nominee's name folded for searching (lower case, no diacritics): see foldForSearch. */
  @Column({ name: 'nominee_search', type: 'text', default: '' }) nomineeSearch: string;
  @Column({ type: 'text' }) stage: string;
  @Column({ type: 'text' }) status: string;
  @Column({ name: 'submitted_at', type: 'timestamptz' }) submittedAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column({ type: 'int' }) version: number;
  @Column({ type: 'jsonb' }) view: NominationView;
}

/** Read model: approval tasks, open and closed. */
@Entity('tasks')
export class TaskRow {
  @PrimaryColumn({ type: 'uuid' }) id: string;
  /** The nomination the task is about; null for a council session's ballot or the minister's decision on a proposal. */
  @Column({ name: 'nomination_id', type: 'uuid', nullable: true }) nominationId: string | null;
  @Column({ name: 'session_id', type: 'uuid', nullable: true }) sessionId: string | null;
  @Column({ name: 'proposal_id', type: 'uuid', nullable: true }) proposalId: string | null;
  @Column({ type: 'text' }) type: string;
  @Column({ name: 'assignee_kind', type: 'text' }) assigneeKind: string;
  @Column({ name: 'assignee_ref', type: 'text' }) assigneeRef: string;
  @Column({ name: 'due_at', type: 'timestamptz', nullable: true }) dueAt: Date | null;
  @Column({ name: 'opened_at', type: 'timestamptz' }) openedAt: Date;
  @Column({ type: 'text' }) status: string;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt: Date | null;
  @Column({ name: 'closed_by', type: 'text', nullable: true }) closedBy: string | null;
  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true }) remindedAt: Date | null;
  /** The flag an overdue task carries once the standing office has been alerted. */
  @Column({ name: 'escalated_at', type: 'timestamptz', nullable: true }) escalatedAt: Date | null;
}
