import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The append-only store: one row per fact, versions 1, 2, 3 … per nomination. */
@Entity('nomination_events')
export class NominationEventEntity {
  /** Global position: the order in which facts were recorded, across nominations. */
  @PrimaryGeneratedColumn({ type: 'bigint' }) position: string;
  @Column({ name: 'nomination_id', type: 'uuid' }) nominationId: string;
  @Column({ type: 'int' }) version: number;
  /** Unique within the nomination: a retried append with the same key writes nothing. */
  @Column({ type: 'text' }) key: string;
  @Column({ type: 'text' }) type: string;
  @Column({ name: 'occurred_at', type: 'timestamptz' }) occurredAt: Date;
  @Column({ type: 'text' }) actor: string;
  @Column({ type: 'jsonb' }) data: object;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}
