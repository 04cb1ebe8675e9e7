import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { OrganisationEntity } from '../identity/entities/organisation.entity.js';

/** What a provider organisation offers: regions, target groups, services, size. */
@Entity({ name: 'provider_profile' })
export class ProviderProfileEntity {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @OneToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_provider_profile_organisation' })
  organisation?: OrganisationEntity;

  @Index('ix_provider_profile_home_region')
  @Column({ name: 'home_region_code', type: 'varchar', length: 16 })
  homeRegionCode!: string;

  @Index('ix_provider_profile_regions_served', { synchronize: false })
  @Column({ name: 'regions_served', type: 'varchar', array: true })
  regionsServed!: string[];

  @Column({ name: 'target_groups', type: 'varchar', array: true })
  targetGroups!: string[];

  @Column({ type: 'varchar', array: true })
  services!: string[];

  @Column({ name: 'size_class', type: 'varchar', length: 16 })
  sizeClass!: string;

  @Column({ type: 'integer' })
  employees!: number;

  @Column({ name: 'annual_capacity', type: 'integer' })
  annualCapacity!: number;

  @Column({ name: 'founded_year', type: 'smallint', nullable: true })
  foundedYear!: number | null;
}
