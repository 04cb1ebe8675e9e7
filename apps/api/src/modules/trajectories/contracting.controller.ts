import { Body, Controller, Get, HttpCode, Post, Put, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { JobName, Permission } from '@rim/contracts';
import type { Request } from 'express';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor, Permissions } from '../../common/auth/access.decorators.js';
import { correlationId } from '../../common/http/correlation.js';
import { DomainException } from '../../common/problem/error-code.js';
import { JobQueues } from '../../common/queue/job-queues.js';
import { JobRunDto } from '../../common/queue/job-run.dto.js';
import { FollowUpImportReportDto, SurveyObligationDto, SurveyParticipationDto, WorklistDto } from './dto/contracting.dto.js';
import { FOLLOW_UP_COLUMNS, FollowUpService } from './follow-up.service.js';
import { SatisfactionService } from './satisfaction.service.js';
import { WorklistService } from './worklist.service.js';

/** The desks around individual contracting: the coach's worklist, IC-10 settlement runs, IC-11 survey, IC-13 follow-up. */
@ApiTags('individual contracting')
@ApiBearerAuth()
@Controller('api')
export class ContractingController {
  constructor(
    private readonly worklists: WorklistService,
    private readonly satisfaction: SatisfactionService,
    private readonly followUp: FollowUpService,
    private readonly queues: JobQueues,
  ) {}

  @Permissions(Permission.CaseManage)
  @Get('worklist')
  @ApiOkResponse({ type: WorklistDto })
  worklist(@CurrentActor() actor: Actor): Promise<WorklistDto> {
    return this.worklists.worklist(actor);
  }

  /** IC-10 on demand: the run happens in the worker; the answer is the run id to follow in the queue monitor. */
  @Permissions(Permission.ContractingManage)
  @Post('settlement-runs')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: JobRunDto })
  async settle(): Promise<JobRunDto> {
    const runId = `settlement-run-${randomUUID()}`;
    await this.queues.enqueueBulk([{ name: JobName.SettlementRun, payload: { correlationId: correlationId() }, jobId: runId }]);
    return { runId, job: JobName.SettlementRun };
  }

  @Permissions(Permission.ContractingManage)
  @Get('survey-obligations')
  @ApiOkResponse({ type: SurveyObligationDto, isArray: true })
  obligations(): Promise<SurveyObligationDto[]> {
    return this.satisfaction.obligations();
  }

  @Permissions(Permission.TrajectoryWriteOwn)
  @Put('survey-participation')
  @ApiOkResponse({ type: SurveyParticipationDto })
  participate(@CurrentActor() actor: Actor, @Body() body: SurveyParticipationDto): Promise<SurveyParticipationDto> {
    return this.satisfaction.setParticipation(actor, body);
  }

  @Permissions(Permission.ContractingManage)
  @Post('follow-up-imports')
  @HttpCode(200)
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', description: `CSV (, or ;) with the header ${FOLLOW_UP_COLUMNS.join(';')}: month YYYY-MM, working 1 or 0` } })
  @ApiOkResponse({ type: FollowUpImportReportDto })
  importFollowUp(@CurrentActor() actor: Actor, @Req() req: Request): Promise<FollowUpImportReportDto> {
    if (!req.is('text/csv')) throw new DomainException('UNSUPPORTED_MEDIA_TYPE', 'Send the file as text/csv.');
    return this.followUp.import(actor, req);
  }
}
