import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { QUALITATIVE_CRITERIA, type QualitativeCriterion } from '@rim/domain';
import { WeightsDto } from './tender.dto.js';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsDefined, IsInt, IsOptional, IsString, IsUUID, ValidateNested, Max, MaxLength, Min, MinLength } from 'class-validator';

export class AssignEvaluatorDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() userId!: string;
}

export class ScoreDto {
  @ApiProperty({ minimum: 0, maximum: 10 }) @IsInt() @Min(0) @Max(10) score!: number;
}

export class ConsensusDto extends ScoreDto {
  @ApiProperty() @IsString() @MinLength(10) @MaxLength(4000) rationale!: string;
}

export class EvaluationCellDto {
  @ApiProperty({ format: 'uuid' }) bidId!: string;
  @ApiProperty({ format: 'uuid' }) lotId!: string;
  @ApiProperty() providerName!: string;
  @ApiProperty({ enum: QUALITATIVE_CRITERIA }) criterion!: QualitativeCriterion;
  @ApiProperty({ description: 'assigned evaluators who have scored' }) scored!: number;
  @ApiProperty() evaluators!: number;
  @ApiProperty({ type: Number, isArray: true, description: 'shown only once every evaluator has scored (blind until then)' }) scores!: number[];
  @ApiProperty({ type: Number, nullable: true }) spread!: number | null;
  @ApiProperty() divergent!: boolean;
  @ApiProperty({ type: Number, nullable: true }) consensus!: number | null;
  @ApiProperty({ type: String, nullable: true }) rationale!: string | null;
}

export class MyScoreDto {
  @ApiProperty({ format: 'uuid' }) bidId!: string;
  @ApiProperty({ enum: QUALITATIVE_CRITERIA }) criterion!: QualitativeCriterion;
  @ApiProperty() score!: number;
}

export class ObjectionInputDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() lotId!: string;
  @ApiProperty() @IsString() @MinLength(10) @MaxLength(20_000) grounds!: string;
}

export class ObjectionDecisionDto {
  @ApiProperty() @IsBoolean() upheld!: boolean;
  @ApiProperty() @IsString() @MinLength(10) @MaxLength(20_000) decision!: string;
}

export class ObjectionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) lotId!: string;
  @ApiProperty({ format: 'uuid' }) providerId!: string;
  @ApiProperty() grounds!: string;
  @ApiProperty({ enum: ['PENDING', 'UPHELD', 'DISMISSED'] }) status!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) decision!: string | null;
}

export class ContractDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) lotId!: string;
  @ApiProperty() lotCode!: string;
  @ApiProperty() trancheNo!: number;
  @ApiProperty({ format: 'uuid' }) providerId!: string;
  @ApiProperty() providerName!: string;
  @ApiProperty() minReferrals!: number;
  @ApiProperty() averagePriceCents!: number;
}

export class ScoreSheetCriterionDto {
  @ApiProperty() criterion!: string;
  @ApiProperty() value!: number;
  @ApiProperty() source!: string;
  @ApiProperty() points!: number;
  @ApiProperty() maxPoints!: number;
}

export class ScoreSheetDto {
  @ApiProperty({ format: 'uuid' }) lotId!: string;
  @ApiProperty({ format: 'uuid' }) bidId!: string;
  @ApiProperty({ enum: ['RANKED', 'EXCLUDED'] }) status!: string;
  @ApiProperty({ type: Number, nullable: true }) rank!: number | null;
  @ApiProperty() rankedBids!: number;
  @ApiProperty({ type: ScoreSheetCriterionDto, isArray: true }) criteria!: ScoreSheetCriterionDto[];
  @ApiProperty({ type: Number, nullable: true }) total!: number | null;
  @ApiProperty({ type: String, nullable: true }) totalExact!: string | null;
  @ApiProperty({ type: String, nullable: true }) decidedBy!: string | null;
  @ApiProperty({ type: String, isArray: true }) tranchesWon!: string[];
}

export class TrancheWinnerDto {
  @ApiProperty() trancheId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null: too few distinct bidders' }) bidderId!: string | null;
}

export class LotAwardDto {
  @ApiProperty({ format: 'uuid' }) lotId!: string;
  @ApiProperty() lotCode!: string;
  @ApiProperty({ type: ScoreSheetDto, isArray: true }) sheets!: ScoreSheetDto[];
  @ApiProperty({ type: TrancheWinnerDto, isArray: true }) tranches!: TrancheWinnerDto[];
}

export class WeightScenarioDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(100) name!: string;
  @ApiProperty({ type: WeightsDto }) @IsDefined() @ValidateNested() @Type(() => WeightsDto) weights!: WeightsDto;
}

export class WeightSimulationRequestDto {
  @ApiProperty({ type: WeightScenarioDto, isArray: true })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => WeightScenarioDto)
  scenarios!: WeightScenarioDto[];

  @ApiPropertyOptional({ format: 'uuid', description: 'rank the opened and evaluated bids of this earlier tender; absent: synthetic bids' })
  @IsOptional()
  @IsUUID()
  historicalTenderId?: string;
}

export class PanelMemberDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ description: 'on this tender\'s panel' }) assigned!: boolean;
}
