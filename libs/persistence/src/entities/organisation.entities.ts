import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('blocks')
export class BlockEntity {
  @PrimaryColumn({ type: 'text' }) code: string;
  @Column({ type: 'text' }) name: string;
  @Column({ name: 'leader_unit_code', type: 'text' }) leaderUnitCode: string;
  @Column({ name: 'deputy_unit_code', type: 'text' }) deputyUnitCode: string;
}

@Entity('units')
export class UnitEntity {
  @PrimaryColumn({ type: 'text' }) code: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) kind: string;
  @Column({ name: 'block_code', type: 'text' }) blockCode: string;
  @Column({ type: 'text' }) email: string;
}

@Entity('users')
export class UserEntity {
  @PrimaryColumn({ type: 'text' }) username: string;
  @Column({ name: 'password_hash', type: 'text' }) passwordHash: string;
  @Column({ name: 'full_name', type: 'text' }) fullName: string;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text' }) email: string;
  @Column({ type: 'text', array: true }) roles: string[];
  @Column({ name: 'unit_code', type: 'text', nullable: true }) unitCode: string | null;
}
