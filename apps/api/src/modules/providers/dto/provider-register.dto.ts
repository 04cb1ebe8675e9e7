import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDefined, IsEmail, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { PageQueryDto } from '../../../common/http/pagination.js';

export const SIZE_CLASSES = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE', 'NATIONAL'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

export class ProviderRegisterQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Part of the name, or the start of the KvK number' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'Labour-market region code: providers serving it', example: 'AMR-01' })
  @IsOptional()
  @Matches(/^[A-Z]{2,4}-\d{2}$/, { message: 'region must be a region code such as AMR-01' })
  region?: string;
}

export class RegionRefDto {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
}

export class ProviderRegisterItemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() kvkNumber!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) city!: string | null;
  @ApiProperty({ type: RegionRefDto }) homeRegion!: RegionRefDto;
  @ApiProperty() regionsServedCount!: number;
  @ApiProperty({ enum: SIZE_CLASSES }) sizeClass!: SizeClass;
  @ApiProperty() employees!: number;
  @ApiProperty({ type: String, isArray: true }) services!: string[];
}

export class ProviderRegisterPageDto {
  @ApiProperty({ type: ProviderRegisterItemDto, isArray: true }) items!: ProviderRegisterItemDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}

export class RegisterProviderDto {
  @ApiProperty({ example: '12345678' })
  @Matches(/^[0-9]{8}$/, { message: 'kvkNumber must be exactly 8 digits' })
  kvkNumber!: string;

  @ApiProperty() @IsString() @MinLength(2) @MaxLength(200) name!: string;
  @ApiProperty() @IsEmail() @MaxLength(254) email!: string;
  @ApiProperty() @IsString() @MinLength(2) @MaxLength(200) streetAddress!: string;
  @ApiProperty({ example: '3511 AB' })
  @Matches(/^[1-9][0-9]{3} ?[A-Z]{2}$/, { message: 'postcode must be a Dutch postcode such as 3511 AB' })
  postcode!: string;
  @ApiProperty() @IsString() @MinLength(2) @MaxLength(100) city!: string;
  @ApiProperty() @IsString() homeRegionCode!: string;
  @ApiProperty({ type: String, isArray: true }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(35) @IsString({ each: true }) regionsServed!: string[];
  @ApiProperty({ type: String, isArray: true }) @IsArray() @ArrayMaxSize(53) @IsString({ each: true }) targetGroups!: string[];
  @ApiProperty({ type: String, isArray: true }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(10) @IsString({ each: true }) services!: string[];
  @ApiProperty({ enum: SIZE_CLASSES }) @IsIn(SIZE_CLASSES) sizeClass!: SizeClass;
  @ApiProperty() @IsInt() @Min(1) @Max(100_000) employees!: number;
  @ApiProperty() @IsInt() @Min(0) @Max(1_000_000) annualCapacity!: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1800) @Max(2100) foundedYear?: number;
}

export class RegistrationAdminDto {
  @ApiProperty() @IsString() @MinLength(2) @MaxLength(200) name!: string;
  @ApiProperty() @IsEmail() @MaxLength(254) email!: string;
  @ApiProperty({ minLength: 12, maxLength: 200 }) @IsString() @MinLength(12) @MaxLength(200) password!: string;
}

/** A provider registers itself (FW-2): the organisation and its first administrator, together or not at all. */
export class SelfRegistrationDto {
  @ApiProperty({ type: RegisterProviderDto }) @IsDefined() @ValidateNested() @Type(() => RegisterProviderDto) organisation!: RegisterProviderDto;
  @ApiProperty({ type: RegistrationAdminDto }) @IsDefined() @ValidateNested() @Type(() => RegistrationAdminDto) admin!: RegistrationAdminDto;
}

export class SelfRegistrationResultDto {
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() email!: string;
}
