import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../identity/entities/user.entity.js';

/** IC-1: a pseudonymous client case; the BSN exists only as a keyed HMAC and a sealed copy for the coach. */
@Entity({ name: 'client_case' })
@Index('ix_client_case_coach', ['coachId', 'createdAt', 'id'])
export class ClientCaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_client_case_bsn_hmac')
  @Column({ name: 'bsn_hmac', type: 'char', length: 64, select: false })
  bsnHmac!: string;

  @Column({ name: 'bsn_sealed', type: 'bytea', select: false })
  bsnSealed!: Buffer;

  @Column({ name: 'benefit_type', type: 'varchar', length: 16 })
  benefitType!: string;

  @Column({ name: 'target_group', type: 'varchar', length: 16 })
  targetGroup!: string;

  @Column({ type: 'varchar', length: 16 })
  region!: string;

  @Column({ name: 'distance_to_labour_market', type: 'smallint' })
  distanceToLabourMarket!: number;

  @Column({ name: 'age_band', type: 'varchar', length: 8 })
  ageBand!: string;

  @Column({ type: 'varchar', array: true })
  barriers!: string[];

  @Column({ name: 'hours_per_week', type: 'smallint' })
  hoursPerWeek!: number;

  @Column({ name: 'coach_id', type: 'uuid' })
  coachId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'coach_id', foreignKeyConstraintName: 'fk_client_case_coach' })
  coach?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
