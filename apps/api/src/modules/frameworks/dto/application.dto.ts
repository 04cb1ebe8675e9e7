import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { APPLICATION_STATES, type ApplicationState } from '@rim/domain';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../../common/http/pagination.js';

export class CreateApplicationDto {
  @ApiProperty({ example: 'NAAR_WERK' }) @IsString() @MaxLength(32) lot!: string;
}

export class ExperienceDto {
  @ApiProperty({ description: 'trajectories in the last 3 years' }) @IsInt() @Min(0) @Max(1_000_000) trajectories!: number;
  @ApiProperty({ description: 'placements in the last 3 years' }) @IsInt() @Min(0) @Max(1_000_000) placements!: number;
  @ApiProperty({ description: 'new to the target group: exempt from the experience requirement' }) @IsBoolean() newcomer!: boolean;
}

export class LocationDto {
  @ApiProperty() @IsString() @MinLength(2) @MaxLength(100) city!: string;
  @ApiProperty({ example: '3511 AB' }) @Matches(/^[1-9][0-9]{3} ?[A-Z]{2}$/, { message: 'postcode must be a Dutch postcode such as 3511 AB' }) postcode!: string;
}

/** The parts of a draft a provider fills in; each field replaces what was there. */
export class UpdateApplicationDto {
  @ApiPropertyOptional({ type: String, isArray: true, description: 'requirement codes declared as met' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) declarations?: string[];

  @ApiPropertyOptional({ type: ExperienceDto }) @IsOptional() @ValidateNested() @Type(() => ExperienceDto) experience?: ExperienceDto;

  @ApiPropertyOptional({ type: String, isArray: true }) @IsOptional() @IsArray() @ArrayMaxSize(35) @IsString({ each: true }) regions?: string[];
  @ApiPropertyOptional({ type: String, isArray: true }) @IsOptional() @IsArray() @ArrayMaxSize(53) @IsString({ each: true }) targetGroups?: string[];

  @ApiPropertyOptional({ type: LocationDto, isArray: true })
  @IsOptional() @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => LocationDto)
  locations?: LocationDto[];

  @ApiPropertyOptional({ description: 'clients the provider can take on at once in this lot' }) @IsOptional() @IsInt() @Min(0) @Max(100_000) capacity?: number;
}

export class RequestInfoDto {
  @ApiProperty() @IsString() @MinLength(5) @MaxLength(4000) message!: string;
}

export class RequirementDecisionDto {
  @ApiProperty({ example: 'ME-02' }) @IsString() @MaxLength(16) requirementCode!: string;
  @ApiProperty() @IsBoolean() met!: boolean;
  @ApiPropertyOptional({ description: 'required when not met' }) @IsOptional() @IsString() @MaxLength(2000) reason?: string;
}

export class DecideApplicationDto {
  @ApiProperty({ type: RequirementDecisionDto, isArray: true })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => RequirementDecisionDto)
  decisions!: RequirementDecisionDto[];

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) message?: string;
}

export class ApplicationQueueQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: APPLICATION_STATES }) @IsOptional() @IsIn(APPLICATION_STATES) status?: ApplicationState;
  @ApiPropertyOptional({ description: 'only applications whose decision is overdue (FW-3)' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() frameworkId?: string;
}

export class ApplicationEventDto {
  @ApiProperty() action!: string;
  @ApiProperty({ enum: APPLICATION_STATES }) toStatus!: ApplicationState;
  @ApiProperty({ type: String, nullable: true }) message!: string | null;
  @ApiProperty({ type: RequirementDecisionDto, isArray: true, nullable: true }) decisions!: RequirementDecisionDto[] | null;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class ApplicationEvidenceDto {
  @ApiProperty() requirementCode!: string;
  @ApiProperty({ format: 'uuid' }) documentId!: string;
  @ApiProperty() versionNo!: number;
  @ApiProperty() fileName!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) validUntil!: string | null;
  @ApiProperty({ enum: ['PENDING', 'ACCEPTED', 'REJECTED'] }) status!: string;
}

export class ApplicationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) frameworkId!: string;
  @ApiProperty() frameworkName!: string;
  @ApiProperty({ format: 'uuid' }) providerId!: string;
  @ApiProperty() providerName!: string;
  @ApiProperty() lot!: string;
  @ApiProperty({ enum: APPLICATION_STATES }) status!: ApplicationState;
  @ApiProperty() termsVersionNo!: number;
  @ApiProperty({ type: String, isArray: true }) declarations!: string[];
  @ApiProperty({ type: ExperienceDto, nullable: true }) experience!: ExperienceDto | null;
  @ApiProperty({ type: String, isArray: true }) regions!: string[];
  @ApiProperty({ type: String, isArray: true }) targetGroups!: string[];
  @ApiProperty({ type: LocationDto, isArray: true }) locations!: LocationDto[];
  @ApiProperty() capacity!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decisionDueAt!: string | null;
  @ApiProperty({ description: 'the decision is due and not taken (FW-3)' }) overdue!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty({ type: ApplicationEvidenceDto, isArray: true }) evidence!: ApplicationEvidenceDto[];
  @ApiProperty({ type: ApplicationEventDto, isArray: true }) history!: ApplicationEventDto[];
}

export class ApplicationSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) frameworkId!: string;
  @ApiProperty() providerName!: string;
  @ApiProperty() kvkNumber!: string;
  @ApiProperty() lot!: string;
  @ApiProperty({ enum: APPLICATION_STATES }) status!: ApplicationState;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decisionDueAt!: string | null;
  @ApiProperty() overdue!: boolean;
}

export class ApplicationPageDto {
  @ApiProperty({ type: ApplicationSummaryDto, isArray: true }) items!: ApplicationSummaryDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}
