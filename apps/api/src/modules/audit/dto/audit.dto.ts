import { ApiProperty } from '@nestjs/swagger';

export class AuditEntryDto {
  @ApiProperty() seq!: number;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ type: String, nullable: true }) actorId!: string | null;
  @ApiProperty({ type: String, nullable: true }) actorRole!: string | null;
  @ApiProperty() action!: string;
  @ApiProperty() entityType!: string;
  @ApiProperty() entityId!: string;
  @ApiProperty() correlationId!: string;
  @ApiProperty() hash!: string;
}

export class AuditPageDto {
  @ApiProperty({ type: AuditEntryDto, isArray: true }) items!: AuditEntryDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}

export class ChainVerificationDto {
  @ApiProperty() valid!: boolean;
  @ApiProperty({ description: 'Entries verified before the first break (or all of them)' }) checked!: number;
  @ApiProperty({ type: Number, nullable: true }) firstBrokenSeq!: number | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
}
