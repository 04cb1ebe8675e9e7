import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsIn, IsInt, IsNumber, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { EVALUATION_MOMENTS, type EvaluationMoment } from '@rim/domain';
import { IsLocalDate } from '../../../common/http/local-date.js';

const CONTRACT_TYPES = ['FIXED_TERM', 'INDEFINITE', 'SELF_EMPLOYED'] as const;

export class DeliveredHoursInputDto {
  @ApiProperty({ example: 'WF-G1-01' }) @IsString() @MaxLength(24) activityCode!: string;
  @ApiProperty({ format: 'date' }) @IsLocalDate() on!: string;
  @ApiProperty({ minimum: 0.25, maximum: 24 }) @IsNumber({ maxDecimalPlaces: 2 }) @Min(0.25) @Max(24) hours!: number;
}

export class EvaluationInputDto {
  @ApiProperty({ enum: EVALUATION_MOMENTS }) @IsIn(EVALUATION_MOMENTS) moment!: EvaluationMoment;
  @ApiProperty({ description: 'can the client become work-fit within the service?' }) @IsString() @MinLength(10) @MaxLength(4000) progress!: string;
  @ApiProperty() @IsBoolean() stopRequested!: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(10) @MaxLength(4000) stopReason?: string;
}

export class EvaluationDecisionDto {
  @ApiProperty({ description: 'true ends the trajectory: returned after the evaluation moment' }) @IsBoolean() stop!: boolean;
  @ApiProperty() @IsString() @MinLength(5) @MaxLength(4000) comment!: string;
}

export class PlacementContractDto {
  @ApiProperty({ enum: CONTRACT_TYPES }) @IsIn(CONTRACT_TYPES) type!: (typeof CONTRACT_TYPES)[number];
  @ApiPropertyOptional({ description: 'fixed-term only' }) @IsOptional() @IsInt() @Min(1) @Max(120) months?: number;
}

export class PlacementInputDto {
  @ApiProperty({ type: PlacementContractDto }) @IsDefined() @ValidateNested() @Type(() => PlacementContractDto) contract!: PlacementContractDto;
  @ApiProperty({ minimum: 1, maximum: 60 }) @IsNumber({ maxDecimalPlaces: 2 }) @Min(1) @Max(60) hoursPerWeek!: number;
  @ApiProperty({ format: 'date' }) @IsLocalDate() start!: string;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsLocalDate() end?: string;
}

export class PlacementEndDto {
  @ApiProperty({ format: 'date' }) @IsLocalDate() end!: string;
}

export class IllnessInputDto {
  @ApiProperty({ format: 'date' }) @IsLocalDate() from!: string;
  @ApiProperty({ format: 'date' }) @IsLocalDate() to!: string;
}

export class ActivityHoursDto {
  @ApiProperty() activityCode!: string;
  @ApiProperty() plannedHours!: number;
  @ApiProperty() deliveredHours!: number;
}

export class HoursEntryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() activityCode!: string;
  @ApiProperty({ format: 'date' }) on!: string;
  @ApiProperty() hours!: number;
}

export class EvaluationDto {
  @ApiProperty({ enum: EVALUATION_MOMENTS }) moment!: number;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dueOn!: string | null;
  @ApiProperty() progress!: string;
  @ApiProperty() stopRequested!: boolean;
  @ApiProperty({ type: String, nullable: true }) stopReason!: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['STOP', 'CONTINUE'] }) decision!: string | null;
  @ApiProperty({ type: String, nullable: true }) decisionComment!: string | null;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
}

export class PlacementDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: CONTRACT_TYPES }) contractType!: string;
  @ApiProperty({ type: Number, nullable: true }) contractMonths!: number | null;
  @ApiProperty() hoursPerWeek!: number;
  @ApiProperty({ format: 'date' }) start!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) end!: string | null;
}

export class PeriodDto {
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
}

export class AftercareEventDto {
  @ApiProperty({ enum: ['CONVERSATION', 'WORKPLACE_VISIT'] }) kind!: string;
  @ApiProperty({ format: 'date' }) on!: string;
  @ApiProperty() note!: string;
}

export class AftercareDto {
  @ApiProperty() learningWhileWorking!: boolean;
  @ApiProperty({ format: 'date' }) start!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) maxEnd!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) completedOn!: string | null;
  @ApiProperty({ type: AftercareEventDto, isArray: true }) events!: AftercareEventDto[];
}

export class ExecutionDto {
  @ApiProperty({ type: ActivityHoursDto, isArray: true, description: 'per activity of the plan in force' }) deliveredHours!: ActivityHoursDto[];
  @ApiProperty({ type: HoursEntryDto, isArray: true }) entries!: HoursEntryDto[];
  @ApiProperty({ type: EvaluationDto, isArray: true }) evaluations!: EvaluationDto[];
  @ApiProperty({ type: PlacementDto, isArray: true }) placements!: PlacementDto[];
  @ApiProperty({ type: PeriodDto, isArray: true }) illness!: PeriodDto[];
  @ApiProperty({ type: AftercareDto, nullable: true }) aftercare!: AftercareDto | null;
  @ApiProperty({ type: Number, nullable: true, description: 'IC-11: the client\'s satisfaction, 1–10' }) satisfaction!: number | null;
}

export class AftercareStartDto {
  @ApiProperty({ description: 'BR-06: aftercare for the learn-work agreement, at most 24 months' }) @IsBoolean() learningWhileWorking!: boolean;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsLocalDate() learnWorkAgreementEnd?: string;
}

export class AftercareEventInputDto {
  @ApiProperty({ enum: ['CONVERSATION', 'WORKPLACE_VISIT'] }) @IsIn(['CONVERSATION', 'WORKPLACE_VISIT']) kind!: 'CONVERSATION' | 'WORKPLACE_VISIT';
  @ApiProperty({ format: 'date' }) @IsLocalDate() on!: string;
  @ApiProperty() @IsString() @MinLength(5) @MaxLength(2000) note!: string;
}

export class SatisfactionInputDto {
  @ApiProperty({ minimum: 1, maximum: 10 }) @IsInt() @Min(1) @Max(10) score!: number;
}
