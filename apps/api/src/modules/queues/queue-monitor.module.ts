import { Module } from '@nestjs/common';
import { QueueMonitorController } from './queue-monitor.controller.js';
import { QueueMonitorService } from './queue-monitor.service.js';

@Module({ controllers: [QueueMonitorController], providers: [QueueMonitorService] })
export class QueueMonitorModule {}
