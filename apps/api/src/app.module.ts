import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { AccessGuard } from './common/auth/access.guard.js';
import { correlationMiddleware } from './common/http/correlation.js';
import { IdempotencyInterceptor } from './common/http/idempotency.js';
import { ProblemDetailsFilter } from './common/problem/problem-details.filter.js';
import { CoreModule } from './core/core.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { FrameworksModule } from './modules/frameworks/frameworks.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { IdentityModule } from './modules/identity/identity.module.js';
import { ProvidersModule } from './modules/providers/providers.module.js';
import { QueueMonitorModule } from './modules/queues/queue-monitor.module.js';
import { ReferenceModule } from './modules/reference/reference.module.js';
import { ScoringModule } from './modules/scoring/scoring.module.js';
import { TendersModule } from './modules/tenders/tenders.module.js';
import { TransparencyModule } from './modules/transparency/transparency.module.js';
import { TrajectoriesModule } from './modules/trajectories/trajectories.module.js';

/** The HTTP application. It produces jobs but never consumes them (see worker.module.ts). */
@Module({
  imports: [CoreModule, HealthModule, IdentityModule, ProvidersModule, FrameworksModule, TendersModule, TrajectoriesModule, ReferenceModule, AuditModule, QueueMonitorModule, ScoringModule, TransparencyModule],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_FILTER, useClass: ProblemDetailsFilter },
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
  ],
})
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(correlationMiddleware).forRoutes('*path');
  }
}
