import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Permission } from '@rim/contracts';
import { Permissions } from '../../common/auth/access.decorators.js';
import { PageQueryDto } from '../../common/http/pagination.js';
import { AuditService } from './audit.service.js';
import { AuditPageDto, ChainVerificationDto } from './dto/audit.dto.js';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Permissions(Permission.AuditRead)
  @Get()
  @ApiOkResponse({ type: AuditPageDto })
  async list(@Query() query: PageQueryDto): Promise<AuditPageDto> {
    const page = await this.audit.list(query.page, query.pageSize);
    return {
      ...page,
      items: page.items.map((e) => ({
        seq: Number(e.seq), occurredAt: e.occurredAt.toISOString(), actorId: e.actorId, actorRole: e.actorRole,
        action: e.action, entityType: e.entityType, entityId: e.entityId, correlationId: e.correlationId, hash: e.hash,
      })),
    };
  }

  @Permissions(Permission.AuditRead)
  @Get('verify')
  @ApiOkResponse({ type: ChainVerificationDto })
  verify(): Promise<ChainVerificationDto> {
    return this.audit.verify();
  }
}
