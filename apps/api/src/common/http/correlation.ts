import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

const storage = new AsyncLocalStorage<string>();
const HEADER = 'x-correlation-id';
const ACCEPTED = /^[A-Za-z0-9._-]{1,64}$/;

/** The id of the request (or job) being served; it travels from the request into job data. */
export function correlationId(): string {
  return storage.getStore() ?? 'none';
}

export function runWithCorrelationId<T>(id: string, fn: () => T): T {
  return storage.run(id, fn);
}

export function correlationMiddleware(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.header(HEADER);
  const id = incoming && ACCEPTED.test(incoming) ? incoming : randomUUID();
  res.setHeader(HEADER, id);
  storage.run(id, next);
}
