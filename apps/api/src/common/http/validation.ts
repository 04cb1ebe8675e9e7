import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainException, FieldError } from '../problem/error-code.js';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text PostgreSQL cannot store or a validator cannot read: a NUL character or half a surrogate pair. */
function unstorableText(value: unknown, path: string, found: FieldError[] = []): FieldError[] {
  if (typeof value === 'string') {
    if (value.includes('\u0000') || LONE_SURROGATE.test(value)) found.push({ field: path || 'body', message: 'contains a NUL character or invalid Unicode' });
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) unstorableText(item, path ? `${path}.${key}` : key, found);
  }
  return found;
}

/**
 * Request DTOs: unknown fields refused, types converted only where declared, every failure named per field. Text that
 * cannot be stored is refused first, and a validator that fails on odd input (class-validator's decimal-places check
 * on 5e-324, validator's e-mail check on a lone surrogate) refuses the request instead of answering 500.
 */
class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query') {
      const unstorable = unstorableText(value, '');
      if (unstorable.length) throw new DomainException('VALIDATION_FAILED', 'The request is not valid.', unstorable);
    }
    try {
      return await super.transform(value, metadata);
    } catch (err) {
      if (err instanceof DomainException) throw err;
      throw new DomainException('VALIDATION_FAILED', 'The request is not valid.', [{ field: metadata.data ?? metadata.type, message: 'could not be validated' }]);
    }
  }
}

export function createValidationPipe(): ValidationPipe {
  return new RequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => new DomainException('VALIDATION_FAILED', 'The request is not valid.', flatten(errors)),
  });
}
