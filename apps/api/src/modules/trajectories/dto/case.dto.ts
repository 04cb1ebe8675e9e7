import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AGE_BANDS, type AgeBand } from '@rim/domain';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { CHOICE_METHODS, type ChoiceMethod } from '../entities/provider-choice.entity.js';
import { ROUTES, type Route } from '../entities/work-plan.entity.js';

export class CreateCaseDto {
  @ApiProperty({ description: 'burgerservicenummer; stored only as a keyed HMAC and sealed for the coach', example: '111222333' })
  @Matches(/^[0-9]{9}$/, { message: 'bsn must be nine digits' })
  bsn!: string;

  @ApiProperty({ example: 'WGA' }) @IsString() @MaxLength(16) benefitType!: string;
  @ApiProperty({ example: 'AG-03' }) @IsString() @MaxLength(16) targetGroup!: string;
  @ApiProperty({ example: 'AMR-12' }) @IsString() @MaxLength(16) region!: string;
  @ApiProperty({ minimum: 1, maximum: 5 }) @IsInt() @Min(1) @Max(5) distanceToLabourMarket!: number;
  @ApiProperty({ enum: AGE_BANDS }) @IsIn(AGE_BANDS) ageBand!: AgeBand;
  @ApiProperty({ type: String, isArray: true, example: ['BAR-01'] }) @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) barriers!: string[];
  @ApiProperty({ minimum: 1, maximum: 40 }) @IsInt() @Min(1) @Max(40) hoursPerWeek!: number;
}

export class WorkPlanDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() versionNo!: number;
  @ApiProperty({ enum: ROUTES }) route!: Route;
  @ApiProperty({ type: String, nullable: true }) frameworkId!: string | null;
  @ApiProperty() proposedHours!: number;
  @ApiProperty() durationMonths!: number;
  @ApiProperty({ type: String, isArray: true }) activities!: string[];
  @ApiProperty({ type: String, nullable: true }) exceptionJustification!: string | null;
}

export class CaseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'an earlier case exists for the same person (found by HMAC, IC-1)' }) returningClient!: boolean;
  @ApiProperty() benefitType!: string;
  @ApiProperty() targetGroup!: string;
  @ApiProperty() region!: string;
  @ApiProperty() distanceToLabourMarket!: number;
  @ApiProperty({ enum: AGE_BANDS }) ageBand!: string;
  @ApiProperty({ type: String, isArray: true }) barriers!: string[];
  @ApiProperty() hoursPerWeek!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: WorkPlanDto, nullable: true, description: 'the latest version of the work plan (IC-2)' }) workPlan!: WorkPlanDto | null;
}

export class CaseIdentityDto {
  @ApiProperty() bsn!: string;
}

export class CreateWorkPlanDto {
  @ApiProperty({ enum: ROUTES }) @IsIn(ROUTES) route!: Route;
  @ApiPropertyOptional({ format: 'uuid', description: 'the open framework, for WERKFIT and NAAR_WERK' }) @IsOptional() @IsUUID() frameworkId?: string;
  @ApiProperty() @IsInt() @Min(1) @Max(500) proposedHours!: number;
  @ApiProperty() @IsInt() @Min(1) @Max(36) durationMonths!: number;
  @ApiProperty({ type: String, isArray: true }) @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) activities!: string[];
  @ApiPropertyOptional({ description: 'required when the hours go above the lot\'s normal cap' }) @IsOptional() @IsString() @MinLength(10) @MaxLength(4000) exceptionJustification?: string;
}

export class ProviderChoiceInputDto {
  @ApiProperty({ enum: CHOICE_METHODS }) @IsIn(CHOICE_METHODS) method!: ChoiceMethod;
  @ApiProperty({ type: String, isArray: true, description: 'providers the client met (klikgesprek)' }) @IsArray() @ArrayMaxSize(20) @IsUUID('all', { each: true }) introMeetings!: string[];
  @ApiProperty({ type: String, isArray: true, description: 'providers the client vetoed' }) @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true }) vetoed!: string[];
  @ApiProperty({ format: 'uuid' }) @IsUUID() chosenProviderId!: string;
  @ApiPropertyOptional({ description: 'required when the coach chooses at the client\'s request' }) @IsOptional() @IsString() @MinLength(10) @MaxLength(4000) reason?: string;
}

export class ProviderChoiceDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', description: 'the trajectory in which the chosen provider is asked for its plan' }) trajectoryId!: string;
  @ApiProperty({ format: 'uuid' }) workPlanId!: string;
  @ApiProperty({ enum: CHOICE_METHODS }) method!: ChoiceMethod;
  @ApiProperty({ type: String, isArray: true }) introMeetings!: string[];
  @ApiProperty({ type: String, isArray: true }) vetoed!: string[];
  @ApiProperty({ format: 'uuid' }) chosenProviderId!: string;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
}
