import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class DashboardRowDto {
  @ApiProperty() key!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ type: 'array', items: { type: 'number', nullable: true }, description: 'counts per column; null where suppressed (TR-5)' }) cells!: (number | null)[];
  @ApiProperty({ type: Number, nullable: true }) total!: number | null;
  @ApiProperty({ type: 'array', items: { type: 'number', nullable: true }, description: 'derived figures (see figureNames), from shown counts only' }) figures!: (number | null)[];
}

/** TR-1/TR-5/TR-6: every dashboard table, as counts with margins after small-cell suppression. */
export class DashboardTableDto {
  @ApiProperty() id!: string;
  @ApiProperty({ type: String, isArray: true }) columns!: string[];
  @ApiProperty({ type: String, isArray: true }) figureNames!: string[];
  @ApiProperty({ type: DashboardRowDto, isArray: true }) rows!: DashboardRowDto[];
  @ApiProperty({ type: 'array', items: { type: 'number', nullable: true } }) columnTotals!: (number | null)[];
  @ApiProperty({ type: Number, nullable: true }) total!: number | null;
  @ApiProperty({ description: 'values hidden by small-cell and complementary suppression' }) suppressed!: number;
  @ApiProperty({ example: 10 }) threshold!: number;
  @ApiProperty({ format: 'date-time', description: 'when the figures were read' }) asOf!: string;
  @ApiPropertyOptional() note?: string;
}

export class DashboardDto {
  @ApiProperty({ type: DashboardTableDto, isArray: true }) tables!: DashboardTableDto[];
}
