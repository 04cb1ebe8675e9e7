import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { PageQueryDto } from '../../../common/http/pagination.js';
import { PERIOD_PATTERN } from '../score-periods.js';

export const ROUTES = ['WERKFIT', 'NAAR_WERK', 'IRO'] as const;
const PERIOD_DESCRIPTION = '2026-Q2 (quarter), 2026 (year) or 2026-R12-10 (12 months up to and including October 2026); default: the 12 complete months before today';

export class ScorePeriodQueryDto {
  @ApiPropertyOptional({ description: PERIOD_DESCRIPTION, example: '2026-Q2' })
  @IsOptional()
  @Matches(PERIOD_PATTERN, { message: 'period must look like 2026-Q2, 2026 or 2026-R12-10' })
  period?: string;
}

export class ProviderScoreQueryDto extends ScorePeriodQueryDto {
  @ApiPropertyOptional({ enum: ['benefitType', 'region'], description: 'split each route by benefit type or by region' })
  @IsOptional()
  @IsIn(['benefitType', 'region'])
  breakdown?: 'benefitType' | 'region';
}

export class ScoreListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: PERIOD_DESCRIPTION, example: '2026-Q2' })
  @IsOptional()
  @Matches(PERIOD_PATTERN, { message: 'period must look like 2026-Q2, 2026 or 2026-R12-10' })
  period?: string;

  @ApiPropertyOptional({ enum: ROUTES }) @IsOptional() @IsIn(ROUTES) route?: string;
}

export class ScorePeriodDto {
  @ApiProperty({ enum: ['QUARTER', 'YEAR', 'ROLLING_12'] }) kind!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ format: 'date', description: 'first day, inclusive' }) from!: string;
  @ApiProperty({ format: 'date', description: 'first day after the period' }) to!: string;
}

export class MeasureDto {
  @ApiProperty() key!: string;
  @ApiProperty({ enum: ['COUNT', 'RATE', 'MEAN', 'RATIO'] }) kind!: string;
  @ApiProperty({ type: Number, nullable: true }) value!: number | null;
  @ApiProperty() numerator!: number;
  @ApiProperty() n!: number;
  @ApiProperty({ type: Number, nullable: true, description: '95% Wilson interval (rates only)' }) low!: number | null;
  @ApiProperty({ type: Number, nullable: true }) high!: number | null;
  @ApiProperty({ description: 'SC-3: n ≥ 10; otherwise not ranked and not shown publicly' }) reportable!: boolean;
  @ApiProperty({ description: 'SC-5: the follow-up window has not closed yet' }) provisional!: boolean;
  @ApiProperty({ description: 'how the figure is computed' }) computation!: string;
}

export class CaseMixIndexDto {
  @ApiProperty() n!: number;
  @ApiProperty() observed!: number;
  @ApiProperty() expected!: number;
  @ApiProperty({ type: Number, nullable: true }) index!: number | null;
  @ApiProperty({ type: Number, nullable: true }) low!: number | null;
  @ApiProperty({ type: Number, nullable: true }) high!: number | null;
  @ApiProperty({ format: 'uuid', description: 'the recompute run whose snapshot holds the fitted model' }) runId!: string;
  @ApiProperty() computation!: string;
}

export class ScoreGroupDto {
  @ApiProperty({ enum: ROUTES }) route!: string;
  @ApiProperty({ type: String, nullable: true, description: 'the benefit type or region of the breakdown' }) group!: string | null;
  @ApiProperty({ type: MeasureDto, isArray: true }) measures!: MeasureDto[];
}

export class RouteCaseMixDto {
  @ApiProperty({ enum: ROUTES }) route!: string;
  @ApiProperty({ type: CaseMixIndexDto }) caseMix!: CaseMixIndexDto;
}

export class ProviderScoresDto {
  @ApiProperty({ format: 'uuid' }) providerId!: string;
  @ApiProperty({ type: ScorePeriodDto }) period!: ScorePeriodDto;
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ description: 'false when the period has no starts and no completions: empty periods are not scored' }) scored!: boolean;
  @ApiProperty({ type: ScoreGroupDto, isArray: true }) groups!: ScoreGroupDto[];
  @ApiProperty({ type: RouteCaseMixDto, isArray: true, description: 'SC-4, from the latest recompute (12 months before it)' }) caseMix!: RouteCaseMixDto[];
}

export class RankedProviderDto {
  @ApiProperty({ format: 'uuid' }) providerId!: string;
  @ApiProperty({ type: String, nullable: true }) providerName!: string | null;
  @ApiProperty({ enum: ROUTES }) route!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'by success rate among providers with n ≥ 10 (SC-3); null below' }) rank!: number | null;
  @ApiProperty({ type: MeasureDto, isArray: true }) measures!: MeasureDto[];
  @ApiProperty({ type: CaseMixIndexDto, nullable: true }) caseMix!: CaseMixIndexDto | null;
}

export class RankedProviderPageDto {
  @ApiProperty({ type: ScorePeriodDto }) period!: ScorePeriodDto;
  @ApiProperty({ type: RankedProviderDto, isArray: true }) items!: RankedProviderDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}
