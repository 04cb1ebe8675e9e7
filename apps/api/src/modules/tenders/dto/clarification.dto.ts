import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsISO8601, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class AskQuestionDto {
  @ApiProperty() @IsString() @MinLength(10) @MaxLength(4000) question!: string;
}

export class AnswerQuestionDto {
  @ApiProperty() @IsString() @MinLength(5) @MaxLength(20_000) answer!: string;
}

export class AmendmentInputDto {
  @ApiProperty() @IsString() @MinLength(10) @MaxLength(20_000) summary!: string;
  @ApiProperty({ description: 'material: bids already made must be re-confirmed' }) @IsBoolean() material!: boolean;
  @ApiPropertyOptional({ format: 'date-time', description: 'a later bid deadline' }) @IsOptional() @IsISO8601({ strict: true }) newBidDeadlineAt?: string;
}

export class QuestionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() question!: string;
  @ApiProperty({ type: String, nullable: true }) answer!: string | null;
  @ApiProperty({ format: 'date-time' }) askedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) answeredAt!: string | null;
  @ApiPropertyOptional({ description: 'officers only' }) askedBy?: string;
}

export class AmendmentDto {
  @ApiProperty() amendmentNo!: number;
  @ApiProperty() summary!: string;
  @ApiProperty() material!: boolean;
  @ApiProperty({ format: 'date-time' }) bidDeadlineAfter!: string;
  @ApiProperty({ format: 'date-time' }) publishedAt!: string;
}

/** The nota van inlichtingen: answered questions without who asked, and the amendments. */
export class ClarificationsDto {
  @ApiProperty({ type: QuestionDto, isArray: true }) questions!: QuestionDto[];
  @ApiProperty({ type: AmendmentDto, isArray: true }) amendments!: AmendmentDto[];
}
