import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '../../../common/http/pagination.js';
import { RED_FLAG_DEFINITIONS } from '../red-flag-definitions.js';

export class RedFlagDefinitionDto {
  @ApiProperty() code!: string;
  @ApiProperty() version!: number;
  @ApiProperty() recordType!: string;
  @ApiProperty() titleNl!: string;
  @ApiProperty() titleEn!: string;
  @ApiProperty() definition!: string;
  @ApiProperty() definitionNl!: string;
  @ApiProperty() threshold!: number;
  @ApiProperty() unit!: string;
  @ApiProperty() basis!: string;
}

export class RedFlagQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: RED_FLAG_DEFINITIONS.map((d) => d.code) })
  @IsOptional() @IsIn(RED_FLAG_DEFINITIONS.map((d) => d.code)) code?: string;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() providerId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'a completed run to read (default: the latest completed run)' })
  @IsOptional() @IsUUID() runId?: string;
}

export class RedFlagDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() definitionVersion!: number;
  @ApiProperty() recordType!: string;
  @ApiProperty({ format: 'uuid' }) recordId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'API path where an inspector reads the flagged record' }) recordPath!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) providerId!: string | null;
  @ApiProperty() value!: number;
  @ApiProperty() threshold!: number;
  @ApiProperty() unit!: string;
  @ApiProperty({ type: Object }) basis!: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) detectedAt!: string;
  @ApiProperty({ format: 'uuid' }) runId!: string;
}

export class RedFlagRunDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() jobId!: string;
  @ApiProperty() trigger!: string;
  @ApiProperty({ enum: ['QUEUED', 'RUNNING', 'DONE', 'FAILED'] }) status!: string;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt!: string | null;
  @ApiProperty({ type: Object, nullable: true }) counts!: Record<string, number> | null;
  @ApiProperty({ type: String, nullable: true }) error!: string | null;
}

export class RedFlagExplanationDto extends RedFlagDto {
  @ApiProperty({ type: RedFlagDefinitionDto }) definition!: RedFlagDefinitionDto;
  @ApiProperty({ description: 'plain-language explanation of why the flag was raised' }) explanation!: string;
  @ApiProperty({ type: RedFlagRunDto, description: 'the run that raised the flag; flags of every run are kept' }) run!: RedFlagRunDto;
  @ApiProperty({ description: 'whether the flag comes from the latest completed run' }) latestRun!: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) latestRunId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'the flag on the same code and record in the latest run; null when that run no longer raises it' })
  latestFlagId!: string | null;
}

export class RedFlagCountDto {
  @ApiProperty() code!: string;
  @ApiProperty() count!: number;
}

export class RedFlagPageDto {
  @ApiProperty({ type: RedFlagDto, isArray: true }) items!: RedFlagDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'the run the flags come from (the latest completed unless runId was asked)' }) runId!: string | null;
  @ApiProperty({ type: RedFlagRunDto, nullable: true }) run!: RedFlagRunDto | null;
  @ApiProperty({ description: 'whether the listed run is the latest completed run' }) latestRun!: boolean;
  @ApiProperty({ type: RedFlagCountDto, isArray: true }) counts!: RedFlagCountDto[];
}

export class RedFlagRunAcceptedDto {
  @ApiProperty({ format: 'uuid' }) runId!: string;
  @ApiProperty() jobId!: string;
}
