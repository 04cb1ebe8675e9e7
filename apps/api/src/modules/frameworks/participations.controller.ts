import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { JobName, Permission } from '@rim/contracts';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor, Permissions } from '../../common/auth/access.decorators.js';
import { parseIfMatch } from '../../common/http/if-match.js';
import { correlationId } from '../../common/http/correlation.js';
import { JobQueues } from '../../common/queue/job-queues.js';
import { ParticipationDto, ParticipationPageDto, ParticipationQueryDto, StatusReasonDto, SuspendParticipationDto } from './dto/participation.dto.js';
import { JobRunDto } from '../../common/queue/job-run.dto.js';
import { ParticipationsService } from './participations.service.js';

@ApiTags('framework participations')
@ApiBearerAuth()
@Controller('api/participations')
export class ParticipationsController {
  constructor(
    private readonly participations: ParticipationsService,
    private readonly queues: JobQueues,
  ) {}

  @Permissions(Permission.ApplicationReadAny, Permission.ApplicationWriteOwn)
  @Get()
  @ApiOkResponse({ type: ParticipationPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: ParticipationQueryDto): Promise<ParticipationPageDto> {
    return this.participations.list(actor, query);
  }

  @Permissions(Permission.ParticipationManage)
  @Post(':id/suspend')
  @HttpCode(200)
  @ApiOkResponse({ type: ParticipationDto })
  suspend(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: SuspendParticipationDto, @Headers('if-match') ifMatch?: string): Promise<ParticipationDto> {
    return this.participations.suspend(actor, id, parseIfMatch(ifMatch), body);
  }

  @Permissions(Permission.ParticipationManage)
  @Post(':id/reinstate')
  @HttpCode(200)
  @ApiOkResponse({ type: ParticipationDto })
  reinstate(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: StatusReasonDto, @Headers('if-match') ifMatch?: string): Promise<ParticipationDto> {
    return this.participations.reinstate(actor, id, parseIfMatch(ifMatch), body);
  }

  @Permissions(Permission.ParticipationManage)
  @Post(':id/delist')
  @HttpCode(200)
  @ApiOkResponse({ type: ParticipationDto })
  delist(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: StatusReasonDto, @Headers('if-match') ifMatch?: string): Promise<ParticipationDto> {
    return this.participations.delist(actor, id, parseIfMatch(ifMatch), body);
  }

  /** FW-5 on demand: the sweep runs in the worker; the answer is the run id to follow in the queue monitor. */
  @Permissions(Permission.ParticipationManage)
  @Post('evidence-sweeps')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: JobRunDto })
  async sweep(): Promise<JobRunDto> {
    const runId = `evidence-sweep-${randomUUID()}`;
    await this.queues.enqueueBulk([{ name: JobName.EvidenceSweep, payload: { correlationId: correlationId() }, jobId: runId }]);
    return { runId, job: JobName.EvidenceSweep };
  }
}
