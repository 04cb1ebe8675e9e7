import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { EnvDto } from '../../config/env.dto.js';

/** The API's own Redis connection (health, login limits). Fails fast when Redis is away. */
@Injectable()
export class RedisClient implements OnModuleDestroy {
  readonly redis: Redis;
  readonly keyPrefix: string;

  constructor(env: EnvDto) {
    this.redis = new Redis(env.REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
    this.redis.on('error', () => undefined);
    this.keyPrefix = `${env.QUEUE_PREFIX}:`;
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
