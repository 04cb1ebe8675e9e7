import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

export class ScoreRunAcceptedDto {
  @ApiProperty({ format: 'uuid', description: 'poll GET /api/score-runs/{runId}' }) runId!: string;
  @ApiProperty({ description: 'the job id to follow in the queue monitor' }) jobId!: string;
  @ApiProperty() job!: string;
}

export class ScoreRunDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() jobId!: string;
  @ApiProperty({ enum: ['ON_DEMAND', 'NIGHTLY', 'CONTEST'] }) trigger!: string;
  @ApiProperty({ enum: ['QUEUED', 'RUNNING', 'DONE', 'FAILED'] }) status!: string;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) startedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt!: string | null;
  @ApiProperty() attempts!: number;
  @ApiProperty({ type: String, nullable: true, description: 'SC-6' }) methodologyVersion!: string | null;
  @ApiProperty({ type: Object, nullable: true, description: 'SC-6: as-of day, windows, norms and the fitted case-mix models' }) parameters!: object | null;
  @ApiProperty({ type: String, nullable: true, description: 'SC-6: every outbox event up to this sequence number was applied' }) watermarkSeq!: string | null;
  @ApiProperty({ type: String, nullable: true }) codeVersion!: string | null;
  @ApiProperty({ type: Number, nullable: true }) trajectories!: number | null;
  @ApiProperty({ type: Number, nullable: true }) cells!: number | null;
  @ApiProperty({ type: String, nullable: true }) error!: string | null;
}

export class ScoreRunPageDto {
  @ApiProperty({ type: ScoreRunDto, isArray: true }) items!: ScoreRunDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}

export class CreateContestDto {
  @ApiProperty({ format: 'uuid', description: 'the trajectory whose data is contested' }) @IsUUID() trajectoryId!: string;
  @ApiProperty({ description: 'what is wrong' }) @IsString() @MinLength(5) @MaxLength(2000) reason!: string;
  @ApiProperty({ description: 'the evidence: what shows the right facts' }) @IsString() @MinLength(5) @MaxLength(8000) evidence!: string;
}

export class DecideContestDto {
  @ApiProperty({ enum: ['UPHELD', 'REJECTED'], description: 'UPHELD takes the trajectory out of the figures and recomputes' }) @IsIn(['UPHELD', 'REJECTED']) decision!: 'UPHELD' | 'REJECTED';
  @ApiProperty() @IsString() @MinLength(5) @MaxLength(2000) comment!: string;
}

export class ContestDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) providerId!: string;
  @ApiProperty({ format: 'uuid' }) trajectoryId!: string;
  @ApiProperty() reason!: string;
  @ApiProperty() evidence!: string;
  @ApiProperty({ enum: ['OPEN', 'UPHELD', 'REJECTED'] }) status!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) decisionComment!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'the recompute the upheld decision started' }) runId!: string | null;
}

export class DecideReviewCaseDto {
  @ApiProperty({ enum: ['NO_ACTION', 'SUSPENDED', 'DELISTED'], description: 'what the officer decided (FW-6 suspension and de-listing are done on the participation)' })
  @IsIn(['NO_ACTION', 'SUSPENDED', 'DELISTED'])
  decision!: 'NO_ACTION' | 'SUSPENDED' | 'DELISTED';

  @ApiProperty() @IsString() @MinLength(5) @MaxLength(2000) comment!: string;
}

export class ReviewCaseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) providerId!: string;
  @ApiProperty() route!: string;
  @ApiProperty() norm!: string;
  @ApiProperty() lastQuarter!: string;
  @ApiProperty({ type: Object }) basis!: object;
  @ApiProperty({ enum: ['OPEN', 'CLOSED'] }) status!: string;
  @ApiProperty({ format: 'uuid' }) runId!: string;
  @ApiProperty({ format: 'date-time' }) openedAt!: string;
}
