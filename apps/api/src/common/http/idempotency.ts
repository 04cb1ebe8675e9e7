import { CallHandler, ExecutionContext, HttpStatus, Injectable, NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { from, mergeMap, Observable, of } from 'rxjs';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { DomainException } from '../problem/error-code.js';

/** The submission being served under an Idempotency-Key; `claimed` once a committed transaction recorded the key. */
interface IdempotentRequest {
  scope: string;
  key: string;
  requestHash: string;
  claimed: boolean;
}

const storage = new AsyncLocalStorage<IdempotentRequest>();
const HEADER = 'idempotency-key';
const ACCEPTED = /^[\x21-\x7e]{1,255}$/;
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** A key committed this recently without a response is still being answered (the read after the commit); later, its response was lost. */
const RESPONSE_PENDING_SECONDS = 5;

interface Recorded {
  requestHash: string;
  status: number | null;
  response: unknown;
  recent: boolean;
}

/**
 * Called by the UnitOfWork inside the transaction of the request's first change: records the key, so that the key
 * and the change commit together. A key that is already recorded (a retry racing its original) is a conflict.
 */
export async function claimIdempotencyKey(manager: EntityManager): Promise<(() => void) | undefined> {
  const request = storage.getStore();
  if (!request || request.claimed) return undefined;
  const inserted = await manager.query<unknown[]>(
    `INSERT INTO idempotency_key (scope, key, request_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1`,
    [request.scope, request.key, request.requestHash],
  );
  if (inserted.length === 0) throw new DomainException('IDEMPOTENCY_KEY_IN_USE', 'A request with this Idempotency-Key is being processed; retry it shortly.');
  return () => (request.claimed = true);
}

/**
 * SPEC §8 `Idempotency-Key` on submissions: a retried write (same caller, same key, same request) is answered with
 * the first response instead of being applied again. A failed request records nothing and may be retried as is.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request & { actor?: Actor }>();
    const key = req.header(HEADER);
    if (key === undefined || !WRITES.has(req.method)) return next.handle();
    if (!ACCEPTED.test(key)) throw new DomainException('VALIDATION_FAILED', 'The Idempotency-Key header is not valid.', [{ field: 'Idempotency-Key', message: 'must be 1 to 255 visible ASCII characters' }]);
    const body = Buffer.isBuffer(req.body) ? req.body : JSON.stringify(req.body ?? null);
    const request: IdempotentRequest = {
      scope: req.actor?.userId ?? 'anonymous', key, claimed: false,
      requestHash: createHash('sha256').update(`${req.method} ${req.originalUrl}\n`).update(body).digest('hex'),
    };
    const status = (Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) as number | undefined) ?? (req.method === 'POST' ? HttpStatus.CREATED : HttpStatus.OK);
    return from(this.recorded(request)).pipe(mergeMap((recorded) => {
      if (recorded) return of(this.replay(request, recorded, context.switchToHttp().getResponse<Response>()));
      const handled = new Observable<unknown>((subscriber) => storage.run(request, () => next.handle().subscribe(subscriber)));
      return handled.pipe(mergeMap(async (response: unknown) => {
        if (request.claimed) {
          await this.dataSource.query(`UPDATE idempotency_key SET status = $3, response = $4 WHERE scope = $1 AND key = $2`, [request.scope, request.key, status, JSON.stringify(response ?? null)]);
        }
        return response;
      }));
    }));
  }

  private async recorded(request: IdempotentRequest) {
    const [row] = await this.dataSource.query<Recorded[]>(
      `SELECT request_hash AS "requestHash", status, response, created_at > now() - make_interval(secs => $3) AS "recent"
         FROM idempotency_key WHERE scope = $1 AND key = $2`, [request.scope, request.key, RESPONSE_PENDING_SECONDS],
    );
    return row;
  }

  private replay(request: IdempotentRequest, recorded: Recorded, res: Response): unknown {
    if (recorded.requestHash !== request.requestHash) throw new DomainException('IDEMPOTENCY_KEY_IN_USE', 'This Idempotency-Key was used for another request.');
    if (recorded.status === null && recorded.recent) throw new DomainException('IDEMPOTENCY_KEY_IN_USE', 'A request with this Idempotency-Key is being processed; retry it shortly.');
    if (recorded.status === null) throw new DomainException('IDEMPOTENT_RESPONSE_LOST', 'The request with this Idempotency-Key was applied, but its response was lost; read the resource instead.');
    res.status(recorded.status).setHeader('idempotent-replayed', 'true');
    return recorded.response;
  }
}
