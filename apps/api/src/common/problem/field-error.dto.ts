import { ApiProperty } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty() field!: string;
  @ApiProperty() message!: string;
}
