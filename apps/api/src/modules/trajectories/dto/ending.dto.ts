import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsInt, IsISO8601, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';

export class EndTrajectoryDto {
  @ApiProperty({ format: 'date' }) @IsISO8601({ strict: true }) endedOn!: string;
  @ApiProperty({ example: 'PLACEMENT' }) @IsString() @MaxLength(32) reason!: string;
  @ApiPropertyOptional({ example: 'MOVING' }) @IsOptional() @IsString() @MaxLength(24) earlyReturnReason?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(5) @MaxLength(2000) earlyReturnText?: string;
}

export class ReportedActivityDto {
  @ApiProperty() @IsString() @MaxLength(24) code!: string;
  @ApiProperty() @IsBoolean() delivered!: boolean;
  @ApiProperty() @IsInt() @Min(0) @Max(500) hours!: number;
  @ApiPropertyOptional({ description: 'required when the activity was not delivered or its hours differ from the plan' }) @IsOptional() @IsString() @MinLength(5) @MaxLength(4000) justification?: string;
  @ApiProperty() @IsBoolean() coachConsulted!: boolean;
}

export class SubmitEndReportDto {
  @ApiProperty({ type: ReportedActivityDto, isArray: true })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => ReportedActivityDto)
  activities!: ReportedActivityDto[];

  @ApiPropertyOptional({ description: 'coded reason of the success (IC-8), when the end is a success' }) @IsOptional() @IsString() @MaxLength(40) successReason?: string;
  @ApiProperty({ description: 'coded follow-up advice' }) @IsString() @MaxLength(40) followUpAdvice!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) explanation?: string;
  @ApiProperty({ description: 'the client signed the report off' }) @IsBoolean() clientSignedOff!: boolean;
}

export class ReviewEndReportDto {
  @ApiProperty() @IsBoolean() approve!: boolean;
  @ApiPropertyOptional({ description: 'required when returning the report' }) @IsOptional() @IsString() @MinLength(5) @MaxLength(4000) comment?: string;
}

export class EndReportDto {
  @ApiProperty() versionNo!: number;
  @ApiProperty() success!: boolean;
  @ApiProperty() late!: boolean;
  @ApiProperty({ type: String, nullable: true, enum: ['APPROVED', 'RETURNED'] }) review!: string | null;
}

export class ReportedActivityViewDto {
  @ApiProperty() code!: string;
  @ApiProperty() plannedHours!: number;
  @ApiProperty() delivered!: boolean;
  @ApiProperty() hours!: number;
  @ApiProperty({ type: String, nullable: true }) justification!: string | null;
  @ApiProperty() coachConsulted!: boolean;
}

/** IC-8: the latest version of the end report as the coach reviews it. */
export class EndReportContentDto extends EndReportDto {
  @ApiProperty({ type: ReportedActivityViewDto, isArray: true }) activities!: ReportedActivityViewDto[];
  @ApiProperty({ type: String, nullable: true }) successReason!: string | null;
  @ApiProperty() followUpAdvice!: string;
  @ApiProperty({ type: String, nullable: true }) explanation!: string | null;
  @ApiProperty() clientSignedOff!: boolean;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
  @ApiProperty({ type: String, nullable: true }) reviewComment!: string | null;
}
