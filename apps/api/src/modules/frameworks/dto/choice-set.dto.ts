import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { LocationDto } from './application.dto.js';

export class ChoiceSetQueryDto {
  @ApiProperty({ example: 'NAAR_WERK' }) @IsString() @MaxLength(32) lot!: string;
  @ApiProperty({ example: 'AMR-12' }) @Matches(/^[A-Z]{2,4}-\d{2}$/, { message: 'region must be a region code such as AMR-12' }) region!: string;
  @ApiProperty({ example: 'AG-01' }) @Matches(/^[A-Z]{2,4}-\d{2}$/, { message: 'targetGroup must be a target-group code such as AG-01' }) targetGroup!: string;
  @ApiPropertyOptional({ description: 'the client case reference: the same seed gives the same order (FW-7)' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  seed: string = 'publiek';
}

export class ChoiceSetItemDto {
  @ApiProperty({ format: 'uuid' }) providerId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() kvkNumber!: string;
  @ApiProperty({ type: String, nullable: true }) city!: string | null;
  @ApiProperty({ type: LocationDto, isArray: true }) locations!: LocationDto[];
  @ApiProperty({ description: 'clients it can take on now' }) freeCapacity!: number;
  @ApiProperty({ format: 'date' }) admittedSince!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'verified quality certificate valid until' }) qualityCertificateValidUntil!: string | null;
}

export class ChoiceSetDto {
  @ApiProperty({ format: 'uuid' }) frameworkId!: string;
  @ApiProperty() lot!: string;
  @ApiProperty() region!: string;
  @ApiProperty() targetGroup!: string;
  @ApiProperty() seed!: string;
  @ApiProperty({ enum: ['RANDOMISED', 'ALPHABETICAL'], description: 'Open House never ranks: the order is random, reproducible from the seed' }) order!: 'RANDOMISED' | 'ALPHABETICAL';
  @ApiProperty({ type: ChoiceSetItemDto, isArray: true }) items!: ChoiceSetItemDto[];
}
