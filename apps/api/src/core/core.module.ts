import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { createSecretKey } from 'node:crypto';
import { Clock } from '../common/clock/clock.service.js';
import { JobQueues } from '../common/queue/job-queues.js';
import { RedisClient } from '../common/redis/redis-client.js';
import { ConfigModule } from '../config/config.module.js';
import { EnvDto } from '../config/env.dto.js';
import { createDataSource } from '../database/data-source.js';

/** What every process shares: configuration, the database, Redis, queues, the clock and token signing. */
@Global()
@Module({
  imports: [
    ConfigModule,
    TypeOrmModule.forRootAsync({
      inject: [EnvDto],
      useFactory: (env: EnvDto) => createDataSource(env).options,
    }),
    JwtModule.registerAsync({
      global: true,
      inject: [EnvDto],
      useFactory: (env: EnvDto) => {
        // A KeyObject spares jsonwebtoken its attempt, on every verify, to read the secret as a public key (which throws).
        const key = createSecretKey(Buffer.from(env.JWT_SECRET));
        return { secretOrKeyProvider: () => key, signOptions: { algorithm: 'HS256' } };
      },
    }),
  ],
  providers: [Clock, RedisClient, JobQueues],
  exports: [Clock, RedisClient, JobQueues],
})
export class CoreModule {}
