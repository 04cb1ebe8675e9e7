import { applyDecorators } from '@nestjs/common';
import { IsISO8601, Matches } from 'class-validator';

/** A calendar day `YYYY-MM-DD` that exists (no time part: days compare as strings). */
export function IsLocalDate(): PropertyDecorator {
  return applyDecorators(Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date YYYY-MM-DD' }), IsISO8601({ strict: true }));
}
