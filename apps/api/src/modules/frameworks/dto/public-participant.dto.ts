import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../common/http/pagination.js';

export class PublicParticipantQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'WERKFIT' }) @IsOptional() @IsString() @MaxLength(32) lot?: string;
  @ApiPropertyOptional({ example: 'AMR-12' }) @IsOptional() @Matches(/^[A-Z]{2,4}-\d{2}$/, { message: 'region must be a region code such as AMR-12' }) region?: string;
}

export class PublicParticipantDto {
  @ApiProperty() providerName!: string;
  @ApiProperty() kvkNumber!: string;
  @ApiProperty() lot!: string;
  @ApiProperty({ type: String, isArray: true }) regions!: string[];
  @ApiProperty({ format: 'date' }) admittedSince!: string;
}

export class PublicParticipantPageDto {
  @ApiProperty({ type: PublicParticipantDto, isArray: true }) items!: PublicParticipantDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}
