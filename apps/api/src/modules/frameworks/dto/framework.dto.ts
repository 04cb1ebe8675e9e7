import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EVIDENCE_TYPES, type EvidenceType, REQUIREMENT_KINDS, type RequirementKind } from '@rim/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsDefined, IsIn, IsInt, IsISO8601, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateNested,
} from 'class-validator';
import { LEGAL_MODES, type LegalMode } from '../entities/framework.entity.js';

const DATE = { strict: true } as const;

export class MaxDurationDto {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { WGA: 18, WAJONG: 18, ZW: 6 } })
  @IsObject()
  byBenefitType!: Record<string, number>;

  @ApiProperty({ minimum: 1, maximum: 60 }) @IsInt() @Min(1) @Max(60) otherMonths!: number;
}

export class LotCapsDto {
  @ApiProperty({ minimum: 1, maximum: 500 }) @IsInt() @Min(1) @Max(500) hoursNormal!: number;
  @ApiProperty({ minimum: 1, maximum: 500 }) @IsInt() @Min(1) @Max(500) hoursException!: number;
  @ApiProperty({ type: MaxDurationDto }) @IsDefined() @ValidateNested() @Type(() => MaxDurationDto) maxDurationMonths!: MaxDurationDto;
}

export class PaymentScheduleDto {
  @ApiProperty({ description: 'basis points of the plan price', minimum: 0, maximum: 10000 }) @IsInt() @Min(0) @Max(10_000) atPurchaseOrderBp!: number;
  @ApiProperty({ minimum: 0, maximum: 10000 }) @IsInt() @Min(0) @Max(10_000) onSuccessBp!: number;
  @ApiProperty({ minimum: 0, maximum: 10000 }) @IsInt() @Min(0) @Max(10_000) onNoSuccessBp!: number;
}

export class LotTermsDto {
  @ApiProperty({ example: 'WERKFIT' }) @IsString() @MaxLength(32) lot!: string;
  @ApiProperty({ type: LotCapsDto }) @IsDefined() @ValidateNested() @Type(() => LotCapsDto) caps!: LotCapsDto;
  @ApiProperty({ type: PaymentScheduleDto }) @IsDefined() @ValidateNested() @Type(() => PaymentScheduleDto) payment!: PaymentScheduleDto;
}

export class RequirementDto {
  @ApiProperty({ example: 'ME-02' }) @Matches(/^[A-Z]{2,4}-\d{2}$/, { message: 'code must look like ME-02' }) code!: string;
  @ApiProperty({ enum: REQUIREMENT_KINDS }) @IsIn(REQUIREMENT_KINDS) kind!: RequirementKind;
  @ApiProperty() @IsString() @MinLength(3) @MaxLength(300) titleNl!: string;
  @ApiProperty() @IsString() @MinLength(3) @MaxLength(300) titleEn!: string;
  @ApiProperty({ enum: EVIDENCE_TYPES, nullable: true }) @IsOptional() @IsIn(EVIDENCE_TYPES) evidenceType!: EvidenceType | null;
  @ApiProperty() @IsBoolean() mandatory!: boolean;
  @ApiProperty() @IsBoolean() expires!: boolean;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(10_000) minimumTrajectories?: number;
}

/** Terms shared by a new framework and a new terms version; omitted parts copy the Inkoopkader AG 2016–2020. */
export class TermsInputDto {
  @ApiPropertyOptional({ description: 'euro cents per hour', default: 7800 }) @IsOptional() @IsInt() @Min(100) @Max(100_000) hourlyRateCents?: number;
  @ApiPropertyOptional({ type: LotTermsDto, isArray: true })
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => LotTermsDto)
  lots?: LotTermsDto[];

  @ApiPropertyOptional({ type: RequirementDto, isArray: true })
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => RequirementDto)
  checklist?: RequirementDto[];
}

export class CreateFrameworkDto extends TermsInputDto {
  @ApiProperty() @IsString() @MinLength(3) @MaxLength(200) name!: string;
  @ApiProperty({ enum: LEGAL_MODES }) @IsIn(LEGAL_MODES) legalMode!: LegalMode;
  @ApiProperty({ format: 'date' }) @IsISO8601(DATE) validFrom!: string;
  @ApiProperty({ format: 'date' }) @IsISO8601(DATE) validUntil!: string;
  @ApiPropertyOptional({ default: 10 }) @IsOptional() @IsInt() @Min(1) @Max(60) decisionWorkingDays?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) summary?: string;
}

export class NewTermsVersionDto extends TermsInputDto {
  @ApiProperty() @IsString() @MinLength(3) @MaxLength(4000) summary!: string;
  @ApiProperty({ format: 'date', description: 'participants who have not accepted by this date stop being active' })
  @IsISO8601(DATE)
  effectiveFrom!: string;
}

export class TermsDto {
  @ApiProperty() versionNo!: number;
  @ApiProperty() summary!: string;
  @ApiProperty() hourlyRateCents!: number;
  @ApiProperty({ type: LotTermsDto, isArray: true }) lots!: LotTermsDto[];
  @ApiProperty({ type: RequirementDto, isArray: true }) checklist!: RequirementDto[];
  @ApiProperty({ format: 'date' }) effectiveFrom!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt!: string | null;
}

export class FrameworkDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: LEGAL_MODES }) legalMode!: LegalMode;
  @ApiProperty({ format: 'date' }) validFrom!: string;
  @ApiProperty({ format: 'date' }) validUntil!: string;
  @ApiProperty() decisionWorkingDays!: number;
  @ApiProperty({ enum: ['DRAFT', 'PUBLISHED'] }) status!: 'DRAFT' | 'PUBLISHED';
  @ApiProperty() version!: number;
  @ApiProperty({ type: TermsDto, description: 'the latest terms version' }) terms!: TermsDto;
}
