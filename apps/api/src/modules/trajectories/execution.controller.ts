import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Permission } from '@rim/contracts';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor, Permissions } from '../../common/auth/access.decorators.js';
import { parseIfMatch } from '../../common/http/if-match.js';
import { AftercareService } from './aftercare.service.js';
import {
  AftercareEventInputDto, AftercareStartDto, DeliveredHoursInputDto, EvaluationDecisionDto, EvaluationInputDto, ExecutionDto, IllnessInputDto, PlacementEndDto, PlacementInputDto,
  SatisfactionInputDto,
} from './dto/execution.dto.js';
import { ExecutionService } from './execution.service.js';
import { SatisfactionService } from './satisfaction.service.js';

const ID = new ParseUUIDPipe();

/** IC-7 execution, IC-12 aftercare and IC-11 satisfaction of one trajectory. Appends take no If-Match; decisions do. */
@ApiTags('trajectories')
@ApiBearerAuth()
@Controller('api/trajectories/:id')
export class ExecutionController {
  constructor(
    private readonly execution: ExecutionService,
    private readonly aftercare: AftercareService,
    private readonly satisfaction: SatisfactionService,
  ) {}

  @Permissions(Permission.CaseManage, Permission.TrajectoryWriteOwn)
  @Get('execution')
  @ApiOkResponse({ type: ExecutionDto })
  view(@CurrentActor() actor: Actor, @Param('id', ID) id: string): Promise<ExecutionDto> {
    return this.execution.view(actor, id);
  }

  @Permissions(Permission.TrajectoryWriteOwn)
  @Post('delivered-hours')
  @HttpCode(200)
  @ApiOkResponse({ type: ExecutionDto })
  recordHours(@CurrentActor() actor: Actor, @Param('id', ID) id: string, @Body() body: DeliveredHoursInputDto): Promise<ExecutionDto> {
    return this.execution.recordHours(actor, id, body);
  }

  @Permissions(Permission.TrajectoryWriteOwn)
  @Post('evaluation')
  @HttpCode(200)
  @ApiOkResponse({ type: ExecutionDto })
  evaluate(@CurrentActor() actor: Actor, @Param('id', ID) id: string, @Body() body: EvaluationInputDto): Promise<ExecutionDto> {
    return this.execution.evaluate(actor, id, body);
  }

  @Permissions(Permission.CaseManage)
  @Post('evaluation-decision')
  @HttpCode(200)
  @ApiOkResponse({ type: ExecutionDto })
  decideEvaluation(@CurrentActor() actor: Actor, @Param('id', ID) id: string, @Body() body: EvaluationDecisionDto, @Headers('if-match') ifMatch?: string): Promise<ExecutionDto> {
    return this.execution.decideEvaluation(actor, id, parseIfMatch(ifMatch), body);
  }

  @Permissions(Permission.TrajectoryWriteOwn)
  @Post('placements')
  @HttpCode(200)
  @ApiOkResponse({ type: ExecutionDto })
  recordPlacement(@CurrentActor() actor: Actor, @Param('id', ID) id: string, @Body() body: PlacementInputDto): Promise<ExecutionDto> {
    return this.execution.recordPlacement(actor, id, body);
  }

  @Permissions(Permission.TrajectoryWriteOwn)
  @Post('placements/:placementId/end')
  @HttpCode(200)
  @ApiOkResponse({ type: ExecutionDto })
  endPlacement(@CurrentActor() actor: Actor, @Param('id', ID) id: string, @Param('placementId', ID) placementId: string, @Body() body: PlacementEndDto): Promise<ExecutionDto> {
    return this.execution.endPlacement(actor, id, placementId, body);
  }

  @Permissions(Permission.TrajectoryWriteOwn)
  @Post('illness')
  @HttpCode(200)
  @ApiOkResponse({ type: ExecutionDto })
  recordIllness(@CurrentActor() actor: Actor, @Param('id', ID) id: string, @Body() body: IllnessInputDto): Promise<ExecutionDto> {
    return this.execution.recordIllness(actor, id, body);
  }

  @Permissions(Permission.TrajectoryWriteOwn)
  @Post('aftercare')
  @HttpCode(200)
  @ApiOkResponse({ type: ExecutionDto })
  startAftercare(@CurrentActor() actor: Actor, @Param('id', ID) id: string, @Body() body: AftercareStartDto): Promise<ExecutionDto> {
    return this.aftercare.start(actor, id, body);
  }

  @Permissions(Permission.TrajectoryWriteOwn)
  @Post('aftercare/events')
  @HttpCode(200)
  @ApiOkResponse({ type: ExecutionDto })
  aftercareEvent(@CurrentActor() actor: Actor, @Param('id', ID) id: string, @Body() body: AftercareEventInputDto): Promise<ExecutionDto> {
    return this.aftercare.addEvent(actor, id, body);
  }

  @Permissions(Permission.TrajectoryWriteOwn)
  @Post('aftercare/complete')
  @HttpCode(200)
  @ApiOkResponse({ type: ExecutionDto })
  completeAftercare(@CurrentActor() actor: Actor, @Param('id', ID) id: string): Promise<ExecutionDto> {
    return this.aftercare.complete(actor, id);
  }

  @Permissions(Permission.CaseManage)
  @Post('satisfaction')
  @HttpCode(204)
  @ApiNoContentResponse()
  recordSatisfaction(@CurrentActor() actor: Actor, @Param('id', ID) id: string, @Body() body: SatisfactionInputDto): Promise<void> {
    return this.satisfaction.record(actor, id, body);
  }
}
