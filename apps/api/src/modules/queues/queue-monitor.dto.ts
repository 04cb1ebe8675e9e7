import { ApiProperty } from '@nestjs/swagger';

export class JobCountsDto {
  @ApiProperty() waiting!: number;
  @ApiProperty() active!: number;
  @ApiProperty() completed!: number;
  @ApiProperty() failed!: number;
  @ApiProperty() delayed!: number;
}

export class FailedJobDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() failedReason!: string;
  @ApiProperty() attemptsMade!: number;
  @ApiProperty({ format: 'date-time' }) timestamp!: string;
}

export class QueueStatusDto {
  @ApiProperty() name!: string;
  @ApiProperty({ type: JobCountsDto }) counts!: JobCountsDto;
  @ApiProperty({ type: FailedJobDto, isArray: true }) failed!: FailedJobDto[];
}

export class OutboxStatusDto {
  @ApiProperty({ description: 'Events not yet acknowledged by a worker' }) pending!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) oldestPendingAt!: string | null;
}

export class QueueMonitorDto {
  @ApiProperty({ type: QueueStatusDto, isArray: true }) queues!: QueueStatusDto[];
  @ApiProperty({ type: OutboxStatusDto }) outbox!: OutboxStatusDto;
}
