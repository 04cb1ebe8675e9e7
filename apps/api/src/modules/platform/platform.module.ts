import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { OutboxModule } from '../outbox/outbox.module.js';
import { DataVersion } from './data-version.js';
import { UnitOfWork } from './unit-of-work.service.js';

@Module({
  imports: [AuditModule, OutboxModule],
  providers: [UnitOfWork, DataVersion],
  exports: [UnitOfWork, DataVersion],
})
export class PlatformModule {}
