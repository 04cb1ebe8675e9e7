import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Permission } from '@rim/contracts';
import { Permissions } from '../../common/auth/access.decorators.js';
import { QueueMonitorDto } from './queue-monitor.dto.js';
import { QueueMonitorService } from './queue-monitor.service.js';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('api/admin/queues')
export class QueueMonitorController {
  constructor(private readonly monitor: QueueMonitorService) {}

  @Permissions(Permission.QueueMonitor)
  @Get()
  @ApiOkResponse({ type: QueueMonitorDto })
  status(): Promise<QueueMonitorDto> {
    return this.monitor.status();
  }
}
