import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Permission } from '@rim/contracts';
import { IsOptional, IsUUID } from 'class-validator';
import type { Response } from 'express';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor, Permissions } from '../../common/auth/access.decorators.js';
import { EvidenceDocumentDto, ReviewEvidenceDto } from './dto/evidence.dto.js';
import { EvidenceService } from './evidence.service.js';
import { NotificationsService, NotificationView } from './notifications.service.js';
import { ParticipationsService } from './participations.service.js';

class EvidenceListQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'officers: whose documents; providers always see their own' }) @IsOptional() @IsUUID() organisationId?: string;
}

@ApiTags('evidence')
@ApiBearerAuth()
@Controller('api')
export class EvidenceController {
  constructor(
    private readonly evidence: EvidenceService,
    private readonly participations: ParticipationsService,
    private readonly notifications: NotificationsService,
  ) {}

  @Permissions(Permission.ApplicationReadAny, Permission.ApplicationWriteOwn)
  @Get('evidence')
  @ApiOkResponse({ type: EvidenceDocumentDto, isArray: true })
  list(@CurrentActor() actor: Actor, @Query() query: EvidenceListQueryDto): Promise<EvidenceDocumentDto[]> {
    return this.evidence.list(actor, query.organisationId ?? actor.organisationId);
  }

  @Permissions(Permission.ApplicationReadAny, Permission.ApplicationWriteOwn)
  @Get('evidence/:id/content')
  @ApiOkResponse({ description: 'the stored document' })
  async content(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Res() res: Response): Promise<void> {
    const { document, bytes } = await this.evidence.content(actor, id);
    res.type(document.contentType).setHeader('content-disposition', `attachment; filename="${encodeURIComponent(document.fileName)}"`);
    res.setHeader('x-content-sha256', document.sha256);
    res.send(bytes);
  }

  @Permissions(Permission.ApplicationReview)
  @Post('evidence/:id/review')
  @HttpCode(200)
  @ApiOkResponse({ type: EvidenceDocumentDto })
  review(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: ReviewEvidenceDto): Promise<EvidenceDocumentDto> {
    return this.participations.reviewEvidence(actor, id, body.verdict === 'ACCEPT', body.reason);
  }

  @Permissions(Permission.ApplicationWriteOwn)
  @Get('me/notifications')
  @ApiOkResponse({ description: 'messages to your organisation, newest first' })
  myNotifications(@CurrentActor() actor: Actor): Promise<NotificationView[]> {
    return this.notifications.listFor(actor.organisationId);
  }
}
