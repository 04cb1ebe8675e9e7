import { ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainException, FieldError } from '../problem/error-code.js';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Request DTOs: unknown fields refused, types converted only where declared, every failure named per field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => new DomainException('VALIDATION_FAILED', 'The request is not valid.', flatten(errors)),
  });
}
