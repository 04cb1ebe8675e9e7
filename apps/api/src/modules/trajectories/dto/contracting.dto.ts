import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { TRAJECTORY_STATES } from '../entities/trajectory.entity.js';
import { ROUTES } from '../entities/work-plan.entity.js';

export class WorklistItemDto {
  @ApiProperty({ format: 'uuid' }) trajectoryId!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ format: 'uuid' }) providerId!: string;
  @ApiProperty() providerName!: string;
  @ApiProperty({ enum: ROUTES }) route!: string;
  @ApiProperty({ enum: TRAJECTORY_STATES }) status!: string;
  @ApiProperty({ format: 'date-time', description: 'in this status since' }) since!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'IC-8: the end report is due' }) dueOn!: string | null;
}

/** At most 100 items per list, the most urgent first. */
export class WorklistDto {
  @ApiProperty({ type: WorklistItemDto, isArray: true }) plansToReview!: WorklistItemDto[];
  @ApiProperty({ type: WorklistItemDto, isArray: true, description: 'IRO plans above the maximum a colleague approved first' }) secondApprovals!: WorklistItemDto[];
  @ApiProperty({ type: WorklistItemDto, isArray: true }) adjustmentsToReview!: WorklistItemDto[];
  @ApiProperty({ type: WorklistItemDto, isArray: true, description: 'Werkfit requests to stop at the evaluation moment' }) evaluationsToDecide!: WorklistItemDto[];
  @ApiProperty({ type: WorklistItemDto, isArray: true }) endReportsToReview!: WorklistItemDto[];
  @ApiProperty({ type: WorklistItemDto, isArray: true, description: 'ended, end report not yet in, still in time' }) endReportsDue!: WorklistItemDto[];
  @ApiProperty({ type: WorklistItemDto, isArray: true, description: 'ended, end report past its 14 days' }) endReportsOverdue!: WorklistItemDto[];
}

export class CaseSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() benefitType!: string;
  @ApiProperty() targetGroup!: string;
  @ApiProperty() region!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) trajectoryId!: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ROUTES }) route!: string | null;
  @ApiProperty({ type: String, nullable: true, enum: TRAJECTORY_STATES }) status!: string | null;
  @ApiProperty({ type: String, nullable: true }) providerName!: string | null;
}

export class CaseSummaryPageDto {
  @ApiProperty({ type: CaseSummaryDto, isArray: true }) items!: CaseSummaryDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}

export class SurveyParticipationDto {
  @ApiProperty({ description: 'IC-11: the provider takes part in the client-satisfaction survey' }) @IsBoolean() participating!: boolean;
}

export class SurveyObligationDto {
  @ApiProperty({ format: 'uuid' }) providerId!: string;
  @ApiProperty() providerName!: string;
  @ApiProperty({ description: 'IROs ordered' }) iroCount!: number;
  @ApiProperty() participating!: boolean;
  @ApiProperty({ description: 'more than 10 IROs and not taking part' }) flagged!: boolean;
  @ApiProperty({ description: 'satisfaction scores recorded' }) responses!: number;
  @ApiProperty({ type: Number, nullable: true }) averageScore!: number | null;
}

export class FollowUpRowErrorDto {
  @ApiProperty() field!: string;
  @ApiProperty() message!: string;
}

export class FollowUpRowResultDto {
  @ApiProperty() line!: number;
  @ApiProperty({ enum: ['IMPORTED', 'UNCHANGED', 'REJECTED'] }) status!: 'IMPORTED' | 'UNCHANGED' | 'REJECTED';
  @ApiProperty({ type: Number, nullable: true, description: 'month after the end, 1–12' }) monthIndex!: number | null;
  @ApiProperty({ type: FollowUpRowErrorDto, isArray: true }) errors!: FollowUpRowErrorDto[];
}

/** IC-13: the report of one import; rows are named by line, never by BSN. */
export class FollowUpImportReportDto {
  @ApiProperty({ format: 'uuid' }) importId!: string;
  @ApiProperty() rows!: number;
  @ApiProperty() imported!: number;
  @ApiProperty() unchanged!: number;
  @ApiProperty() rejected!: number;
  @ApiProperty({ type: FollowUpRowResultDto, isArray: true }) results!: FollowUpRowResultDto[];
}
