import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { ChoiceSetQueryDto } from '../../frameworks/dto/choice-set.dto.js';

export class ChoicePageQueryDto extends ChoiceSetQueryDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() frameworkId!: string;
}

export class ChoicePageProviderDto {
  @ApiProperty({ format: 'uuid' }) providerId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) city!: string | null;
  @ApiProperty() freeCapacity!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'ended trajectories in this service (n); null below 10' }) n!: number | null;
  @ApiProperty({ type: Number, nullable: true }) successRateBp!: number | null;
  @ApiProperty({ type: Number, nullable: true }) successLowBp!: number | null;
  @ApiProperty({ type: Number, nullable: true }) successHighBp!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'mean satisfaction 1–10; null below 10 answers' }) satisfaction!: number | null;
  @ApiProperty({ type: Number, nullable: true }) satisfactionN!: number | null;
  @ApiProperty({ description: 'the figures in plain Dutch' }) summaryNl!: string;
}

/** TR-3: the client-choice page: the choice set with verified figures, in the choice set's order (random in Open House). */
export class ChoicePageDto {
  @ApiProperty() lot!: string;
  @ApiProperty() region!: string;
  @ApiProperty() targetGroup!: string;
  @ApiProperty({ enum: ['RANDOMISED', 'ALPHABETICAL'] }) order!: string;
  @ApiProperty() seed!: string;
  @ApiProperty() explanationNl!: string;
  @ApiProperty({ type: ChoicePageProviderDto, isArray: true }) providers!: ChoicePageProviderDto[];
}
