import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsDefined, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { TRAJECTORY_STATES, type TrajectoryState } from '../entities/trajectory.entity.js';
import { ROUTES } from '../entities/work-plan.entity.js';

export class PlannedActivityDto {
  @ApiProperty({ example: 'NW-G1-01' }) @IsString() @MaxLength(24) code!: string;
  @ApiProperty() @IsInt() @Min(1) @Max(500) hours!: number;
}

export class SubmitPlanDto {
  @ApiProperty({ type: PlannedActivityDto, isArray: true })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => PlannedActivityDto)
  activities!: PlannedActivityDto[];

  @ApiProperty() @IsInt() @Min(1) @Max(36) durationMonths!: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(10) @MaxLength(4000) exceptionJustification?: string;
  @ApiPropertyOptional({ description: 'IRO only: the quoted price in euro cents' }) @IsOptional() @IsInt() @Min(100) @Max(10_000_000) quoteCents?: number;
  @ApiPropertyOptional({ description: 'IRO only (BR-04): the placement bonus for a first contract of 12 months or more, euro cents' })
  @IsOptional() @IsInt() @Min(0) @Max(1_000_000) placementBonusCents?: number;
}

export class CheaperRouteDto {
  @ApiProperty({ enum: ROUTES }) @IsIn(ROUTES) route!: string;
  @ApiProperty() @IsInt() @Min(0) @Max(10_000_000) priceCents!: number;
}

export class ReviewPlanDto {
  @ApiProperty({ enum: ['APPROVE', 'REQUEST_CHANGES', 'REJECT'] }) @IsIn(['APPROVE', 'REQUEST_CHANGES', 'REJECT']) decision!: 'APPROVE' | 'REQUEST_CHANGES' | 'REJECT';
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(5) @MaxLength(4000) comment?: string;
  @ApiPropertyOptional({ type: CheaperRouteDto, description: 'IC-6: an IRO rejected because a regular route delivers the same for less' })
  @IsOptional() @ValidateNested() @Type(() => CheaperRouteDto)
  cheaperRoute?: CheaperRouteDto;
}

export class PurchaseOrderInputDto {
  @ApiProperty({ description: 'the client consented to this plan' }) @IsBoolean() clientConsent!: boolean;
  @ApiProperty() @IsDefined() @IsString() @MinLength(5) @MaxLength(2000) consentNote!: string;
}

export class ProviderPlanDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() versionNo!: number;
  @ApiProperty({ type: PlannedActivityDto, isArray: true }) activities!: PlannedActivityDto[];
  @ApiProperty() hours!: number;
  @ApiProperty() durationMonths!: number;
  @ApiProperty() priceCents!: number;
  @ApiProperty() placementBonusCents!: number;
  @ApiProperty({ description: 'IC-7: a mid-way adjustment of the running trajectory' }) adjustment!: boolean;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
  @ApiProperty({ type: String, nullable: true }) decision!: string | null;
  @ApiProperty({ type: String, nullable: true }) reviewComment!: string | null;
}

export class TrajectoryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ format: 'uuid' }) providerId!: string;
  @ApiProperty() providerName!: string;
  @ApiProperty({ enum: ROUTES }) route!: string;
  @ApiProperty({ enum: TRAJECTORY_STATES }) status!: TrajectoryState;
  @ApiProperty() version!: number;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'the purchase order\'s day' }) startedOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) endedOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) endReason!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'IC-8: 14 days after the end' }) endReportDue!: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['SUCCESS', 'NO_SUCCESS'], description: 'IC-9, Naar werk' }) placementJudgement!: string | null;
  @ApiProperty({ description: 'what the provider may know of the client: no identifiers' }) client!: { benefitType: string; targetGroup: string; region: string; hoursPerWeek: number };
  @ApiProperty({ type: ProviderPlanDto, isArray: true }) plans!: ProviderPlanDto[];
}

export class LedgerEntryDto {
  @ApiProperty() key!: string;
  @ApiProperty() kind!: string;
  @ApiProperty() amountCents!: number;
  @ApiProperty({ format: 'date' }) dueOn!: string;
}

