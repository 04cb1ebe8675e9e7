import { ApiProperty } from '@nestjs/swagger';

export class RegionDto {
  @ApiProperty({ example: 'AMR-01' }) code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() province!: string;
}

export class TargetGroupDto {
  @ApiProperty({ example: 'WW-01' }) code!: string;
  @ApiProperty() nameNl!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty({ enum: ['WW', 'AG'] }) population!: 'WW' | 'AG';
  @ApiProperty({ description: 'The name is illustrative, not taken from the sources' }) illustrative!: boolean;
}

export class CodeEntryDto {
  @ApiProperty() code!: string;
  @ApiProperty() nameNl!: string;
  @ApiProperty() nameEn!: string;
}

export class CodeListSummaryDto {
  @ApiProperty() id!: string;
  @ApiProperty() version!: string;
  @ApiProperty() size!: number;
}

export class CodeListDto {
  @ApiProperty() id!: string;
  @ApiProperty() version!: string;
  @ApiProperty({ type: CodeEntryDto, isArray: true }) entries!: CodeEntryDto[];
}
