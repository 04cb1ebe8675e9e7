import { OrganisationKind } from '@rim/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

@Entity({ name: 'organisation' })
@Check('ck_organisation_kvk_format', `kvk_number IS NULL OR kvk_number ~ '^[0-9]{8}$'`)
@Check('ck_organisation_provider_has_kvk', `kind <> 'PROVIDER' OR kvk_number IS NOT NULL`)
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: OrganisationKind;

  @Index('ix_organisation_name')
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Index('ux_organisation_kvk_number', { unique: true })
  @Column({ name: 'kvk_number', type: 'char', length: 8, nullable: true })
  kvkNumber!: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ name: 'street_address', type: 'varchar', length: 200, nullable: true })
  streetAddress!: string | null;

  @Column({ type: 'varchar', length: 7, nullable: true })
  postcode!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  city!: string | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
