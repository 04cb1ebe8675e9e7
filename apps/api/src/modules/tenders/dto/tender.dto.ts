import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TENDER_STATES, type TenderState, VRIJE_RUIMTE_PURPOSES, type VrijeRuimtePurpose } from '@rim/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsDefined, IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateNested,
} from 'class-validator';

const CODE = /^[A-Z]{2,4}-\d{2}$/;

export class WeightsDto {
  @ApiProperty() @IsInt() @Min(0) @Max(100) PRICE!: number;
  @ApiProperty() @IsInt() @Min(0) @Max(100) DROP_OUT!: number;
  @ApiProperty() @IsInt() @Min(0) @Max(100) PLACEMENT!: number;
  @ApiProperty() @IsInt() @Min(0) @Max(100) DURATION!: number;
  @ApiProperty() @IsInt() @Min(0) @Max(100) TARGET_GROUP_FIT!: number;
  @ApiProperty() @IsInt() @Min(0) @Max(100) REGIONAL_FIT!: number;
}

export class LotFinancingDto {
  @ApiProperty({ description: 'share paid at the start, basis points' }) @IsInt() @Min(0) @Max(10_000) fixedShareBp!: number;
  @ApiProperty({ default: 6 }) @IsInt() @Min(1) @Max(36) durabilityMonths!: number;
  @ApiProperty() @IsInt() @Min(0) @Max(10_000_000) bonusCents!: number;
}

/** TD-1: the same terms for every cell of the target-group × region matrix. */
export class TenderLotTermsDto {
  @ApiProperty() @IsInt() @Min(1) @Max(100_000) expectedVolume!: number;
  @ApiProperty() @IsInt() @Min(1) @Max(20) tranches!: number;
  @ApiProperty() @IsInt() @Min(0) @Max(100_000) minReferrals!: number;
  @ApiProperty() @IsInt() @Min(100) @Max(10_000_000) maxPriceCents!: number;
  @ApiProperty() @IsInt() @Min(1) @Max(3_650) maxDurationDays!: number;
  @ApiProperty({ type: LotFinancingDto }) @IsDefined() @ValidateNested() @Type(() => LotFinancingDto) financing!: LotFinancingDto;
}

export class FreeSpaceLotDto {
  @ApiProperty({ example: 'AG-03' }) @Matches(CODE) targetGroup!: string;
  @ApiPropertyOptional({ example: 'AMR-12', description: 'absent: the national lot' }) @IsOptional() @Matches(CODE) region?: string;
  @ApiProperty({ enum: VRIJE_RUIMTE_PURPOSES }) @IsIn(VRIJE_RUIMTE_PURPOSES) purpose!: VrijeRuimtePurpose;
}

export class KpiSourceDto {
  @ApiProperty({ enum: ['PROMISED', 'REALISED', 'BLEND'] }) @IsIn(['PROMISED', 'REALISED', 'BLEND']) mode!: 'PROMISED' | 'REALISED' | 'BLEND';
  @ApiPropertyOptional({ description: 'BLEND: share of the promised figure, basis points' }) @IsOptional() @IsInt() @Min(0) @Max(10_000) promisedShareBp?: number;
}

export class CreateTenderDto {
  @ApiProperty() @IsString() @MinLength(3) @MaxLength(200) name!: string;
  @ApiProperty({ format: 'date-time' }) @IsISO8601({ strict: true }) questionsCloseAt!: string;
  @ApiProperty({ format: 'date-time' }) @IsISO8601({ strict: true }) selectionDeadlineAt!: string;
  @ApiProperty({ format: 'date-time' }) @IsISO8601({ strict: true }) bidDeadlineAt!: string;
  @ApiPropertyOptional({ default: 20 }) @IsOptional() @IsInt() @Min(10) @Max(60) standstillDays?: number;
  @ApiProperty({ type: WeightsDto }) @IsDefined() @ValidateNested() @Type(() => WeightsDto) weights!: WeightsDto;
  @ApiPropertyOptional({ type: KpiSourceDto, description: 'TD-7: where criteria 2–4 come from; PROMISED by default' })
  @IsOptional() @ValidateNested() @Type(() => KpiSourceDto)
  kpiSource?: KpiSourceDto;

  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() openingQuorum?: boolean;
  @ApiPropertyOptional({ default: 2000 }) @IsOptional() @IsInt() @Min(0) @Max(10_000) vrijeRuimteCapBp?: number;
  @ApiProperty({ type: String, isArray: true }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(53) @Matches(CODE, { each: true }) targetGroups!: string[];
  @ApiProperty({ type: String, isArray: true, description: 'empty: one national lot per target group' }) @IsArray() @ArrayMaxSize(35) @Matches(CODE, { each: true }) regions!: string[];
  @ApiProperty({ type: TenderLotTermsDto }) @IsDefined() @ValidateNested() @Type(() => TenderLotTermsDto) lotTerms!: TenderLotTermsDto;
  @ApiPropertyOptional({ type: FreeSpaceLotDto, isArray: true }) @IsOptional() @IsArray() @ArrayMaxSize(2000) @ValidateNested({ each: true }) @Type(() => FreeSpaceLotDto) freeSpaceLots?: FreeSpaceLotDto[];
}

export class TenderLotDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() targetGroup!: string;
  @ApiProperty({ type: String, nullable: true }) region!: string | null;
  @ApiProperty() expectedVolume!: number;
  @ApiProperty() tranches!: number;
  @ApiProperty() minReferrals!: number;
  @ApiProperty() maxPriceCents!: number;
  @ApiProperty() maxDurationDays!: number;
  @ApiProperty({ type: LotFinancingDto }) financing!: LotFinancingDto;
  @ApiProperty({ type: String, nullable: true }) vrijeRuimtePurpose!: string | null;
}

export class TenderDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: TENDER_STATES }) status!: TenderState;
  @ApiProperty({ format: 'date-time' }) questionsCloseAt!: string;
  @ApiProperty({ format: 'date-time' }) selectionDeadlineAt!: string;
  @ApiProperty({ format: 'date-time' }) bidDeadlineAt!: string;
  @ApiProperty() standstillDays!: number;
  @ApiProperty({ type: WeightsDto }) weights!: WeightsDto;
  @ApiProperty({ type: KpiSourceDto }) kpiSource!: KpiSourceDto;
  @ApiProperty() openingQuorum!: boolean;
  @ApiProperty() vrijeRuimteCapBp!: number;
  @ApiProperty({ type: String, nullable: true, description: 'TD-5: published at the bid deadline' }) merkleRoot!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) openedAt!: string | null;
  @ApiProperty({ description: 'TD-6: a first officer asked to open; a second one completes it' }) openingRequested!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'contracts can be made from this instant' }) standstillEndsAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) cancelReason!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty({ type: TenderLotDto, isArray: true }) lots!: TenderLotDto[];
}

export class SelectionRequestInputDto {
  @ApiProperty({ description: 'new to the target group: exempt from the experience criterion' }) @IsBoolean() newcomer!: boolean;
  @ApiProperty({ description: 'trajectories for this target group in the last 3 years' }) @IsInt() @Min(0) @Max(1_000_000) experienceTrajectories!: number;
}

export class SelectionDecisionDto {
  @ApiProperty() @IsBoolean() shortlist!: boolean;
  @ApiPropertyOptional({ description: 'required when not shortlisted' }) @IsOptional() @IsString() @MaxLength(2000) reason?: string;
}

export class SelectionRequestDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) lotId!: string;
  @ApiProperty() lotCode!: string;
  @ApiProperty({ format: 'uuid' }) providerId!: string;
  @ApiProperty() providerName!: string;
  @ApiProperty() newcomer!: boolean;
  @ApiProperty() experienceTrajectories!: number;
  @ApiProperty({ enum: ['REQUESTED', 'SHORTLISTED', 'REJECTED'] }) status!: string;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
}

export class SubmitBidDto {
  @ApiProperty({ description: 'average price per trajectory, euro cents' }) @IsInt() @Min(1) @Max(1_000_000_000) priceCents!: number;
  @ApiProperty({ description: 'drop-out percentage in basis points (0–10000)' }) @IsInt() @Min(0) @Max(10_000) dropOutBp!: number;
  @ApiProperty({ description: 'placement percentage in basis points (0–10000)' }) @IsInt() @Min(0) @Max(10_000) placementBp!: number;
  @ApiProperty({ description: 'average duration of a trajectory, days' }) @IsInt() @Min(1) @Max(3_650) durationDays!: number;
  @ApiProperty() @IsString() @MinLength(10) @MaxLength(20_000) targetGroupPlan!: string;
  @ApiProperty() @IsString() @MinLength(10) @MaxLength(20_000) regionalPlan!: string;
}

/** What a bidder gets back: proof of what it committed to, never the content. */
export class BidReceiptDto {
  @ApiProperty({ format: 'uuid' }) bidId!: string;
  @ApiProperty({ format: 'uuid' }) lotId!: string;
  @ApiProperty({ description: 'SHA-256 of salt and content (TD-5)' }) commitment!: string;
  @ApiPropertyOptional({ description: 'returned once, at submission: keep it to prove the content later' }) salt?: string;
  @ApiProperty({ enum: ['ACTIVE', 'REPLACED', 'WITHDRAWN'] }) status!: string;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
}

export class MerkleStepDto {
  @ApiProperty() sibling!: string;
  @ApiProperty({ enum: ['LEFT', 'RIGHT'] }) side!: 'LEFT' | 'RIGHT';
}

export class MerkleRootDto {
  @ApiProperty({ format: 'uuid' }) tenderId!: string;
  @ApiProperty() root!: string;
  @ApiProperty() commitments!: number;
  @ApiProperty({ format: 'date-time' }) publishedAt!: string;
}

export class MerkleProofDto extends MerkleRootDto {
  @ApiProperty() commitment!: string;
  @ApiProperty({ type: MerkleStepDto, isArray: true }) proof!: MerkleStepDto[];
}

export class OpenedBidDto {
  @ApiProperty({ format: 'uuid' }) bidId!: string;
  @ApiProperty({ format: 'uuid' }) lotId!: string;
  @ApiProperty({ format: 'uuid' }) providerId!: string;
  @ApiProperty() providerName!: string;
  @ApiProperty() commitment!: string;
  @ApiProperty() priceCents!: number;
  @ApiProperty() dropOutBp!: number;
  @ApiProperty() placementBp!: number;
  @ApiProperty() durationDays!: number;
  @ApiProperty() targetGroupPlan!: string;
  @ApiProperty() regionalPlan!: string;
}

export class OpeningDto {
  @ApiProperty({ enum: ['AWAITING_SECOND_OFFICER', 'OPENED'] }) outcome!: 'AWAITING_SECOND_OFFICER' | 'OPENED';
  @ApiProperty() bidsOpened!: number;
  @ApiProperty({ type: String, nullable: true }) merkleRoot!: string | null;
}
