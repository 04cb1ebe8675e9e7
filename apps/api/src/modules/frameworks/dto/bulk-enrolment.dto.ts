import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { FieldErrorDto } from '../../../common/problem/field-error.dto.js';

export class BulkEnrolmentQueryDto {
  @ApiPropertyOptional({ description: 'the rows are contract partners with a signed agreement (migration): admit them to the lots in column `lots`' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  admit?: boolean;
}

export class BulkRowResultDto {
  @ApiProperty({ description: 'line in the file (the header is line 1)' }) line!: number;
  @ApiProperty({ type: String, nullable: true }) kvkNumber!: string | null;
  @ApiProperty({ enum: ['CREATED', 'UNCHANGED', 'INVALID'] }) status!: 'CREATED' | 'UNCHANGED' | 'INVALID';
  @ApiProperty({ type: String, isArray: true }) admittedLots!: string[];
  @ApiPropertyOptional({ type: FieldErrorDto, isArray: true }) errors?: FieldErrorDto[];
}

export class BulkEnrolmentReportDto {
  @ApiProperty() rows!: number;
  @ApiProperty() created!: number;
  @ApiProperty() unchanged!: number;
  @ApiProperty() invalid!: number;
  @ApiProperty() admitted!: number;
  @ApiProperty({ type: BulkRowResultDto, isArray: true }) results!: BulkRowResultDto[];
}
