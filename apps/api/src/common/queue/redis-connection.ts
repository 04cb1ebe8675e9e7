import type { ConnectionOptions } from 'bullmq';

/** Producers fail fast while Redis is away (the outbox keeps what was not sent). */
export function producerConnection(redisUrl: string): ConnectionOptions {
  return { url: redisUrl, maxRetriesPerRequest: 1, enableOfflineQueue: false };
}

/** Workers block on Redis and retry for ever, as BullMQ requires. */
export function workerConnection(redisUrl: string): ConnectionOptions {
  return { url: redisUrl, maxRetriesPerRequest: null };
}
