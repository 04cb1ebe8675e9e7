import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { PageQueryDto } from '../../../common/http/pagination.js';
import { ROUTES, type Route } from '../../trajectories/entities/work-plan.entity.js';
import { DashboardTableDto } from './dashboard-table.dto.js';

export class LeagueQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ROUTES, default: 'WERKFIT', description: 'the service: providers are compared within one' })
  @IsOptional() @IsIn(ROUTES) route: Route = 'WERKFIT';
}

export class LeagueDto {
  @ApiProperty({ enum: ROUTES }) route!: string;
  @ApiProperty({ type: DashboardTableDto, description: 'one page of rows; totals, suppression and ranks are those of the whole table' }) table!: DashboardTableDto;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() totalRows!: number;
}

export class ProviderParticipationDto {
  @ApiProperty() frameworkName!: string;
  @ApiProperty() lot!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) admittedOn!: string | null;
}

export class ProviderDrillDownDto {
  @ApiProperty({ format: 'uuid' }) providerId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: ProviderParticipationDto, isArray: true }) participations!: ProviderParticipationDto[];
  @ApiProperty({ type: DashboardTableDto, isArray: true }) tables!: DashboardTableDto[];
}

export class CaseSampleQueryDto {
  @ApiPropertyOptional({ description: 'the same seed draws the same sample', example: '2026-inspectie-1' })
  @IsOptional() @Matches(/^[A-Za-z0-9._-]{1,64}$/, { message: 'seed is 1 to 64 letters, digits, dots, dashes or underscores' }) seed?: string;

  @ApiPropertyOptional({ type: Number, minimum: 1, maximum: 50, default: 20 })
  @Type(() => Number) @IsInt() @Min(1) @Max(50) size = 20;
}

/** A sampled case file without direct identifiers: no case id, BSN (hash), name, coach or exact dates. */
export class CaseSampleItemDto {
  @ApiProperty({ format: 'uuid', description: 'the purchase (trajectory), to follow up in the audit trail' }) trajectoryId!: string;
  @ApiProperty() route!: string;
  @ApiProperty() status!: string;
  @ApiProperty() benefitType!: string;
  @ApiProperty() targetGroup!: string;
  @ApiProperty() region!: string;
  @ApiProperty() ageBand!: string;
  @ApiProperty() distanceToLabourMarket!: number;
  @ApiProperty() barrierCount!: number;
  @ApiProperty({ type: String, nullable: true, example: '2024-03' }) startedMonth!: string | null;
  @ApiProperty({ type: String, nullable: true }) endedMonth!: string | null;
  @ApiProperty({ type: String, nullable: true }) endReason!: string | null;
  @ApiProperty({ type: Number, nullable: true }) planHours!: number | null;
  @ApiProperty({ type: Number, nullable: true }) planPriceCents!: number | null;
  @ApiProperty({ type: String, nullable: true }) endReportReview!: string | null;
  @ApiProperty({ type: String, nullable: true }) successReason!: string | null;
}

export class CaseSampleDto {
  @ApiProperty() seed!: string;
  @ApiProperty({ type: CaseSampleItemDto, isArray: true }) items!: CaseSampleItemDto[];
}
