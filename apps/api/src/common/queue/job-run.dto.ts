import { ApiProperty } from '@nestjs/swagger';

export class JobRunDto {
  @ApiProperty({ description: 'the job id to follow in the queue monitor' }) runId!: string;
  @ApiProperty() job!: string;
}
