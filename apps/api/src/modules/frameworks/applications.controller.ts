import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Permission } from '@rim/contracts';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor, Permissions } from '../../common/auth/access.decorators.js';
import { parseIfMatch } from '../../common/http/if-match.js';
import { Page } from '../../common/http/pagination.js';
import { ApplicationsService } from './applications.service.js';
import { ApplicationDto, ApplicationPageDto, ApplicationQueueQueryDto, ApplicationSummaryDto, DecideApplicationDto, RequestInfoDto, UpdateApplicationDto } from './dto/application.dto.js';

@ApiTags('framework applications')
@ApiBearerAuth()
@Controller('api/applications')
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  @Permissions(Permission.ApplicationReadAny, Permission.ApplicationWriteOwn)
  @Get()
  @ApiOkResponse({ type: ApplicationPageDto })
  queue(@CurrentActor() actor: Actor, @Query() query: ApplicationQueueQueryDto): Promise<Page<ApplicationSummaryDto>> {
    return this.applications.queue(actor, query);
  }

  @Permissions(Permission.ApplicationReadAny, Permission.ApplicationWriteOwn)
  @Get(':id')
  @ApiOkResponse({ type: ApplicationDto })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<ApplicationDto> {
    return this.applications.get(actor, id);
  }

  @Permissions(Permission.ApplicationWriteOwn)
  @Patch(':id')
  @ApiOkResponse({ type: ApplicationDto })
  update(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateApplicationDto, @Headers('if-match') ifMatch?: string): Promise<ApplicationDto> {
    return this.applications.update(actor, id, parseIfMatch(ifMatch), body);
  }

  @Permissions(Permission.ApplicationWriteOwn)
  @Post(':id/submit')
  @HttpCode(200)
  @ApiOkResponse({ type: ApplicationDto })
  submit(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Headers('if-match') ifMatch?: string): Promise<ApplicationDto> {
    return this.applications.submit(actor, id, parseIfMatch(ifMatch));
  }

  @Permissions(Permission.ApplicationWriteOwn)
  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiOkResponse({ type: ApplicationDto })
  withdraw(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Headers('if-match') ifMatch?: string): Promise<ApplicationDto> {
    return this.applications.withdraw(actor, id, parseIfMatch(ifMatch));
  }

  @Permissions(Permission.ApplicationReview)
  @Post(':id/start-review')
  @HttpCode(200)
  @ApiOkResponse({ type: ApplicationDto })
  startReview(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Headers('if-match') ifMatch?: string): Promise<ApplicationDto> {
    return this.applications.startReview(actor, id, parseIfMatch(ifMatch));
  }

  @Permissions(Permission.ApplicationReview)
  @Post(':id/request-info')
  @HttpCode(200)
  @ApiOkResponse({ type: ApplicationDto })
  requestInfo(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: RequestInfoDto, @Headers('if-match') ifMatch?: string): Promise<ApplicationDto> {
    return this.applications.requestInfo(actor, id, parseIfMatch(ifMatch), body);
  }

  @Permissions(Permission.ApplicationReview)
  @Post(':id/decision')
  @HttpCode(200)
  @ApiOkResponse({ type: ApplicationDto })
  decide(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: DecideApplicationDto, @Headers('if-match') ifMatch?: string): Promise<ApplicationDto> {
    return this.applications.decide(actor, id, parseIfMatch(ifMatch), body);
  }
}
