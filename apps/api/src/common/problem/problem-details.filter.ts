import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { isDatabaseUnavailable } from '../../database/postgres-errors.js';
import { correlationId } from '../http/correlation.js';
import { DomainException, ERROR_STATUS, ErrorCode, FieldError } from './error-code.js';

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail: string;
  instance: string;
  correlationId: string;
  errors?: FieldError[];
}

const TITLES: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  409: 'Conflict', 412: 'Precondition Failed', 413: 'Content Too Large', 415: 'Unsupported Media Type', 422: 'Unprocessable Content',
  428: 'Precondition Required', 429: 'Too Many Requests', 500: 'Internal Server Error', 503: 'Service Unavailable',
};

/** Errors thrown by body-parser and the framework before our code runs, by their HTTP status. */
const FRAMEWORK_CODES: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED', 401: 'AUTH_REQUIRED', 403: 'FORBIDDEN', 404: 'ROUTE_NOT_FOUND', 405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE', 415: 'UNSUPPORTED_MEDIA_TYPE', 429: 'AUTH_RATE_LIMITED',
};

/** A restarting database is back within seconds; clients retry after this. */
const RETRY_AFTER_SECONDS = 1;

interface BodyParserError { type?: string; status?: number; expose?: boolean }

/** RFC 9457 for every error; never a stack trace, never a 500 for bad input. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    const problem = this.toProblem(exception, req.originalUrl ?? req.url);
    if (problem.code === 'INTERNAL_ERROR') this.logger.error({ msg: 'unhandled error', correlationId: problem.correlationId, err: String(exception), stack: exception instanceof Error ? exception.stack : undefined });
    if (problem.code === 'SERVICE_UNAVAILABLE') {
      this.logger.warn({ msg: 'service unavailable', correlationId: problem.correlationId, err: String(exception) });
      res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
    }
    res.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown, instance: string): ProblemDetails {
    if (exception instanceof DomainException) {
      return this.build(exception.code, exception.message, instance, exception.errors);
    }
    const parserError = ((exception as { cause?: unknown })?.cause ?? exception) as BodyParserError;
    if (parserError?.type === 'entity.parse.failed') return this.build('MALFORMED_JSON', 'The request body is not valid JSON.', instance);
    if (parserError?.type === 'entity.too.large') return this.build('PAYLOAD_TOO_LARGE', 'The request body is too large.', instance);
    if (parserError?.type && parserError.status && parserError.status < 500) {
      return this.build(FRAMEWORK_CODES[parserError.status] ?? 'VALIDATION_FAILED', 'The request body could not be read.', instance);
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = FRAMEWORK_CODES[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'VALIDATION_FAILED');
      return { ...this.build(code, status >= 500 ? 'An unexpected error occurred.' : exception.message, instance), status };
    }
    if (isDatabaseUnavailable(exception)) return this.build('SERVICE_UNAVAILABLE', 'The database is briefly unavailable. Try again shortly.', instance);
    return this.build('INTERNAL_ERROR', 'An unexpected error occurred.', instance);
  }

  private build(code: ErrorCode, detail: string, instance: string, errors: FieldError[] = []): ProblemDetails {
    const status = ERROR_STATUS[code];
    return {
      type: `urn:problem:${code.toLowerCase().replace(/_/g, '-')}`,
      title: TITLES[status] ?? 'Error',
      status,
      code,
      detail,
      instance,
      correlationId: correlationId(),
      ...(errors.length ? { errors } : {}),
    };
  }
}
