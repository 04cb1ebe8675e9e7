import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

export class OcdsFeedQueryDto {
  @ApiPropertyOptional({ description: 'nextCursor of the previous page; absent for the first page' })
  @IsOptional() @Matches(/^[A-Za-z0-9_-]{1,400}$/, { message: 'cursor must be a cursor handed out by this feed' }) cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 1000, default: 100 })
  @Type(() => Number) @IsInt() @Min(1) @Max(1000) limit = 100;
}
