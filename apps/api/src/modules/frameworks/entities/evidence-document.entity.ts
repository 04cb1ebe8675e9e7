import { OrganisationEntity } from '../../identity/entities/organisation.entity.js';
import { Column, JoinColumn, ManyToOne, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type EvidenceStatus = 'PENDING' | 'ACCEPTED' | 'REJECTED';

/** An uploaded evidence document: versioned per organisation and requirement, never overwritten. */
@Entity({ name: 'evidence_document' })
@Index('ux_evidence_document_version', ['organisationId', 'requirementCode', 'versionNo'], { unique: true })
export class EvidenceDocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_evidence_document_organisation' })
  organisation?: OrganisationEntity;

  @Column({ name: 'requirement_code', type: 'varchar', length: 16 })
  requirementCode!: string;

  @Column({ name: 'version_no', type: 'integer' })
  versionNo!: number;

  @Column({ name: 'file_name', type: 'varchar', length: 200 })
  fileName!: string;

  @Column({ name: 'content_type', type: 'varchar', length: 64 })
  contentType!: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes!: number;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'bytea', select: false })
  content!: Buffer;

  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil!: string | null;

  @Column({ type: 'varchar', length: 16 })
  status!: EvidenceStatus;

  @Column({ name: 'uploaded_by', type: 'uuid' })
  uploadedBy!: string;

  @Column({ name: 'uploaded_at', type: 'timestamptz' })
  uploadedAt!: Date;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;
}
