import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Permission } from '@rim/contracts';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor, Permissions } from '../../common/auth/access.decorators.js';
import { parseIfMatch } from '../../common/http/if-match.js';
import { LedgerEntryDto, PurchaseOrderInputDto, ReviewPlanDto, SubmitPlanDto, TrajectoryDto } from './dto/trajectory.dto.js';
import { EndingService } from './ending.service.js';
import { TrajectoriesService } from './trajectories.service.js';
import { EndReportContentDto, EndReportDto, EndTrajectoryDto, ReviewEndReportDto, SubmitEndReportDto } from './dto/ending.dto.js';

const ID = new ParseUUIDPipe();

@ApiTags('trajectories')
@ApiBearerAuth()
@Controller('api/trajectories')
export class TrajectoriesController {
  constructor(
    private readonly trajectories: TrajectoriesService,
    private readonly ending: EndingService,
  ) {}

  @Permissions(Permission.CaseManage, Permission.TrajectoryWriteOwn)
  @Get()
  @ApiOkResponse({ type: TrajectoryDto, isArray: true })
  list(@CurrentActor() actor: Actor): Promise<TrajectoryDto[]> {
    return this.trajectories.list(actor);
  }

  @Permissions(Permission.CaseManage, Permission.TrajectoryWriteOwn)
  @Get(':id')
  @ApiOkResponse({ type: TrajectoryDto })
  get(@CurrentActor() actor: Actor, @Param('id', ID) id: string): Promise<TrajectoryDto> {
    return this.trajectories.get(actor, id);
  }

  @Permissions(Permission.TrajectoryWriteOwn)
  @Post(':id/plans')
  @HttpCode(200)
  @ApiOkResponse({ type: TrajectoryDto })
  submitPlan(@CurrentActor() actor: Actor, @Param('id', ID) id: string, @Body() body: SubmitPlanDto, @Headers('if-match') ifMatch?: string): Promise<TrajectoryDto> {
    return this.trajectories.submitPlan(actor, id, parseIfMatch(ifMatch), body);
  }

  @Permissions(Permission.CaseManage)
  @Post(':id/plan-review')
  @HttpCode(200)
  @ApiOkResponse({ type: TrajectoryDto })
  review(@CurrentActor() actor: Actor, @Param('id', ID) id: string, @Body() body: ReviewPlanDto, @Headers('if-match') ifMatch?: string): Promise<TrajectoryDto> {
    return this.trajectories.reviewPlan(actor, id, parseIfMatch(ifMatch), body);
  }

  @Permissions(Permission.CaseManage)
  @Post(':id/purchase-order')
  @HttpCode(200)
  @ApiOkResponse({ type: LedgerEntryDto, isArray: true })
  order(@CurrentActor() actor: Actor, @Param('id', ID) id: string, @Body() body: PurchaseOrderInputDto, @Headers('if-match') ifMatch?: string): Promise<LedgerEntryDto[]> {
    return this.trajectories.order(actor, id, parseIfMatch(ifMatch), body);
  }

  @Permissions(Permission.TrajectoryWriteOwn)
  @Post(':id/end')
  @HttpCode(204)
  end(@CurrentActor() actor: Actor, @Param('id', ID) id: string, @Body() body: EndTrajectoryDto, @Headers('if-match') ifMatch?: string): Promise<void> {
    return this.ending.end(actor, id, parseIfMatch(ifMatch), body);
  }

  @Permissions(Permission.TrajectoryWriteOwn)
  @Post(':id/end-report')
  @HttpCode(200)
  @ApiOkResponse({ type: EndReportDto })
  submitEndReport(@CurrentActor() actor: Actor, @Param('id', ID) id: string, @Body() body: SubmitEndReportDto, @Headers('if-match') ifMatch?: string): Promise<EndReportDto> {
    return this.ending.submitReport(actor, id, parseIfMatch(ifMatch), body);
  }

  @Permissions(Permission.CaseManage)
  @Post(':id/end-report-review')
  @HttpCode(200)
  @ApiOkResponse({ type: EndReportDto })
  reviewEndReport(@CurrentActor() actor: Actor, @Param('id', ID) id: string, @Body() body: ReviewEndReportDto, @Headers('if-match') ifMatch?: string): Promise<EndReportDto> {
    return this.ending.reviewReport(actor, id, parseIfMatch(ifMatch), body);
  }

  @Permissions(Permission.CaseManage, Permission.TrajectoryWriteOwn)
  @Get(':id/end-report')
  @ApiOkResponse({ type: EndReportContentDto })
  endReport(@CurrentActor() actor: Actor, @Param('id', ID) id: string): Promise<EndReportContentDto> {
    return this.ending.latestReport(actor, id);
  }

  @Permissions(Permission.CaseManage, Permission.TrajectoryWriteOwn)
  @Get(':id/payments')
  @ApiOkResponse({ type: LedgerEntryDto, isArray: true })
  payments(@CurrentActor() actor: Actor, @Param('id', ID) id: string): Promise<LedgerEntryDto[]> {
    return this.trajectories.payments(actor, id);
  }
}
