import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { PageQueryDto } from '../../../common/http/pagination.js';

export const PARTICIPATION_STATUSES = ['ACTIVE', 'SUSPENDED', 'DELISTED'] as const;
/** What counts for the choice set: suspended or de-listed, or inactive for not having accepted the current terms. */
export const EFFECTIVE_STATUSES = ['ACTIVE', 'SUSPENDED', 'DELISTED', 'TERMS_NOT_ACCEPTED'] as const;

export class StatusReasonDto {
  @ApiProperty() @IsString() @MinLength(5) @MaxLength(2000) reason!: string;
}

export class SuspendParticipationDto extends StatusReasonDto {
  @ApiProperty({ format: 'date-time', description: 'the suspension ends at this instant' }) @IsISO8601({ strict: true }) until!: string;
}

export class ParticipationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: PARTICIPATION_STATUSES }) @IsOptional() @IsIn(PARTICIPATION_STATUSES) status?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(32) lot?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() frameworkId?: string;
}

export class ParticipationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) frameworkId!: string;
  @ApiProperty({ format: 'uuid' }) providerId!: string;
  @ApiProperty() providerName!: string;
  @ApiProperty() kvkNumber!: string;
  @ApiProperty() lot!: string;
  @ApiProperty({ enum: PARTICIPATION_STATUSES }) status!: string;
  @ApiProperty({ enum: EFFECTIVE_STATUSES }) effectiveStatus!: string;
  @ApiProperty({ type: String, nullable: true }) suspensionCause!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) suspendedUntil!: string | null;
  @ApiProperty({ type: String, nullable: true }) statusReason!: string | null;
  @ApiProperty() acceptedTermsVersionNo!: number;
  @ApiProperty({ type: String, isArray: true }) regions!: string[];
  @ApiProperty({ type: String, isArray: true }) targetGroups!: string[];
  @ApiProperty() capacity!: number;
  @ApiProperty() clientsInService!: number;
  @ApiProperty({ format: 'date-time' }) admittedAt!: string;
  @ApiProperty() version!: number;
}

export class ParticipationPageDto {
  @ApiProperty({ type: ParticipationDto, isArray: true }) items!: ParticipationDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}
