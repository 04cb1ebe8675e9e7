import { Injectable, Logger } from '@nestjs/common';
import { RedisClient } from '../../common/redis/redis-client.js';
import { DomainException } from '../../common/problem/error-code.js';
import { EnvDto } from '../../config/env.dto.js';

/**
 * Fixed window per (action, client address, account): too many attempts answer 429 until the window ends. Logins
 * count per account; public registrations per address (account '*').
 */
@Injectable()
export class LoginRateLimiter {
  private readonly logger = new Logger(LoginRateLimiter.name);

  constructor(
    private readonly client: RedisClient,
    private readonly env: EnvDto,
  ) {}

  async consume(ip: string, email: string, action: 'login' | 'registration' = 'login'): Promise<void> {
    const key = `${this.client.keyPrefix}${action}:${ip}:${email}`;
    let attempts: number;
    try {
      const [[, count]] = (await this.client.redis.multi().incr(key).expire(key, this.env.LOGIN_WINDOW_SECONDS, 'NX').exec()) as [[unknown, number]];
      attempts = count;
    } catch (err) {
      this.logger.error({ msg: 'rate limit unavailable; refusing', action, err: String(err) });
      throw new DomainException('SERVICE_UNAVAILABLE', `The ${action} service is briefly unavailable. Try again shortly.`);
    }
    if (attempts > this.env.LOGIN_MAX_ATTEMPTS) {
      throw new DomainException('AUTH_RATE_LIMITED', `Too many ${action} attempts. Try again in ${this.env.LOGIN_WINDOW_SECONDS} seconds.`);
    }
  }

  async reset(ip: string, email: string): Promise<void> {
    await this.client.redis.del(`${this.client.keyPrefix}login:${ip}:${email}`).catch(() => undefined);
  }
}
