import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { OutboxModule } from '../outbox/outbox.module.js';
import { UnitOfWork } from './unit-of-work.service.js';

@Module({
  imports: [AuditModule, OutboxModule],
  providers: [UnitOfWork],
  exports: [UnitOfWork],
})
export class PlatformModule {}
