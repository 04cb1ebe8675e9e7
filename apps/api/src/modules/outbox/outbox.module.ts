import { Module } from '@nestjs/common';
import { EventApplier } from './event-applier.service.js';
import { OutboxRelay } from './outbox-relay.service.js';
import { OutboxWriter } from './outbox.writer.js';

/** The writer serves the API; the relay and the applier run in the worker process only. */
@Module({
  providers: [OutboxWriter],
  exports: [OutboxWriter],
})
export class OutboxModule {}

@Module({
  providers: [OutboxRelay, EventApplier],
  exports: [EventApplier],
})
export class OutboxRelayModule {}
