import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class UploadEvidenceQueryDto {
  @ApiProperty({ example: 'keurmerk-blik-op-werk.pdf' })
  @IsString()
  @MaxLength(200)
  @Matches(/^[^/\\\0]+$/, { message: 'fileName must be a plain file name' })
  fileName!: string;

  @ApiPropertyOptional({ format: 'date', description: 'required for evidence that expires' })
  @IsOptional()
  @IsISO8601({ strict: true })
  validUntil?: string;
}

export class ReviewEvidenceDto {
  @ApiProperty({ enum: ['ACCEPT', 'REJECT'] }) @IsIn(['ACCEPT', 'REJECT']) verdict!: 'ACCEPT' | 'REJECT';
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) reason?: string;
}

export class EvidenceDocumentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() requirementCode!: string;
  @ApiProperty() versionNo!: number;
  @ApiProperty() fileName!: string;
  @ApiProperty() contentType!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty() sha256!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) validUntil!: string | null;
  @ApiProperty({ enum: ['PENDING', 'ACCEPTED', 'REJECTED'] }) status!: string;
  @ApiProperty({ format: 'date-time' }) uploadedAt!: string;
}
