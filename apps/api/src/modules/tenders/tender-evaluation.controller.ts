import { Body, Controller, Get, HttpCode, Param, ParseEnumPipe, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Permission } from '@rim/contracts';
import { QUALITATIVE_CRITERIA, type QualitativeCriterion, type WeightSimulation } from '@rim/domain';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor, Permissions } from '../../common/auth/access.decorators.js';
import { AwardService } from './award.service.js';
import {
  AssignEvaluatorDto, ConsensusDto, ContractDto, EvaluationCellDto, LotAwardDto, MyScoreDto, ObjectionDecisionDto, ObjectionDto, ObjectionInputDto, PanelMemberDto, ScoreDto, ScoreSheetDto, WeightSimulationRequestDto,
} from './dto/evaluation.dto.js';
import { TenderDto } from './dto/tender.dto.js';
import { EvaluationService } from './evaluation.service.js';
import { WeightSimulationService } from './weight-simulation.service.js';

const ID = new ParseUUIDPipe();
const CRITERION = new ParseEnumPipe(Object.fromEntries(QUALITATIVE_CRITERIA.map((c) => [c, c])));

/** TD-7 evaluation, TD-8 award, standstill, objections and contracts. */
@ApiTags('tenders')
@ApiBearerAuth()
@Controller('api/tenders/:id')
export class TenderEvaluationController {
  constructor(
    private readonly evaluation: EvaluationService,
    private readonly award: AwardService,
    private readonly simulation: WeightSimulationService,
  ) {}

  @Permissions(Permission.TenderManage)
  @Post('evaluators')
  @HttpCode(204)
  assign(@CurrentActor() actor: Actor, @Param('id', ID) id: string, @Body() body: AssignEvaluatorDto): Promise<void> {
    return this.evaluation.assignEvaluator(actor, id, body.userId);
  }

  @Permissions(Permission.TenderManage)
  @Get('evaluators')
  @ApiOkResponse({ type: PanelMemberDto, isArray: true })
  panel(@Param('id', ID) id: string): Promise<PanelMemberDto[]> {
    return this.evaluation.panel(id);
  }

  @Permissions(Permission.TenderBidsRead)
  @Put('bids/:bidId/scores/:criterion')
  @ApiOkResponse({ type: MyScoreDto })
  score(@CurrentActor() actor: Actor, @Param('id', ID) id: string, @Param('bidId', ID) bidId: string, @Param('criterion', CRITERION) criterion: QualitativeCriterion, @Body() body: ScoreDto): Promise<MyScoreDto> {
    return this.evaluation.score(actor, id, bidId, criterion, body.score);
  }

  @Permissions(Permission.TenderBidsRead)
  @Get('my-scores')
  @ApiOkResponse({ type: MyScoreDto, isArray: true })
  myScores(@CurrentActor() actor: Actor, @Param('id', ID) id: string): Promise<MyScoreDto[]> {
    return this.evaluation.myScores(actor, id);
  }

  @Permissions(Permission.TenderManage)
  @Get('evaluation')
  @ApiOkResponse({ type: EvaluationCellDto, isArray: true })
  overview(@Param('id', ID) id: string): Promise<EvaluationCellDto[]> {
    return this.evaluation.overview(id);
  }

  @Permissions(Permission.TenderManage)
  @Put('bids/:bidId/consensus/:criterion')
  @ApiOkResponse({ type: EvaluationCellDto })
  consensus(@CurrentActor() actor: Actor, @Param('id', ID) id: string, @Param('bidId', ID) bidId: string, @Param('criterion', CRITERION) criterion: QualitativeCriterion, @Body() body: ConsensusDto): Promise<EvaluationCellDto> {
    return this.evaluation.consensus(actor, id, bidId, criterion, body);
  }

  @Permissions(Permission.TenderManage)
  @Post('complete-evaluation')
  @HttpCode(200)
  @ApiOkResponse({ type: TenderDto })
  completeEvaluation(@CurrentActor() actor: Actor, @Param('id', ID) id: string): Promise<TenderDto> {
    return this.award.completeEvaluation(actor, id);
  }

  @Permissions(Permission.TenderManage)
  @Post('award-decision')
  @HttpCode(200)
  @ApiOkResponse({ type: LotAwardDto, isArray: true })
  decide(@CurrentActor() actor: Actor, @Param('id', ID) id: string): Promise<LotAwardDto[]> {
    return this.award.decide(actor, id);
  }

  @Permissions(Permission.TenderBidsRead)
  @Get('award')
  @ApiOkResponse({ type: LotAwardDto, isArray: true })
  getAward(@Param('id', ID) id: string): Promise<LotAwardDto[]> {
    return this.award.award(id);
  }

  @Permissions(Permission.TenderManage)
  @Post('award-notification')
  @HttpCode(200)
  @ApiOkResponse({ type: TenderDto })
  notify(@CurrentActor() actor: Actor, @Param('id', ID) id: string): Promise<TenderDto> {
    return this.award.notify(actor, id);
  }

  @Permissions(Permission.TenderBid)
  @Get('score-sheets/mine')
  @ApiOkResponse({ type: ScoreSheetDto, isArray: true })
  mySheets(@CurrentActor() actor: Actor, @Param('id', ID) id: string): Promise<ScoreSheetDto[]> {
    return this.award.mySheets(actor, id);
  }

  @Permissions(Permission.TenderBid)
  @Post('objections')
  @ApiOkResponse({ type: ObjectionDto })
  object(@CurrentActor() actor: Actor, @Param('id', ID) id: string, @Body() body: ObjectionInputDto): Promise<ObjectionDto> {
    return this.award.fileObjection(actor, id, body);
  }

  @Permissions(Permission.TenderManage)
  @Get('objections')
  @ApiOkResponse({ type: ObjectionDto, isArray: true })
  objections(@Param('id', ID) id: string): Promise<ObjectionDto[]> {
    return this.award.objections(id);
  }

  @Permissions(Permission.TenderManage)
  @Post('objections/:objectionId/decision')
  @HttpCode(200)
  @ApiOkResponse({ type: ObjectionDto })
  decideObjection(@CurrentActor() actor: Actor, @Param('id', ID) id: string, @Param('objectionId', ID) objectionId: string, @Body() body: ObjectionDecisionDto): Promise<ObjectionDto> {
    return this.award.decideObjection(actor, id, objectionId, body);
  }

  @Permissions(Permission.TenderManage)
  @Post('contracts')
  @HttpCode(200)
  @ApiOkResponse({ type: ContractDto, isArray: true })
  contract(@CurrentActor() actor: Actor, @Param('id', ID) id: string): Promise<ContractDto[]> {
    return this.award.contract(actor, id);
  }

  @Permissions(Permission.TenderManage)
  @Post('weight-simulation')
  @HttpCode(200)
  @ApiOkResponse({ description: 'TD-10: rankings under the tender\'s weights and each scenario, and which criteria decide alone' })
  simulate(@Param('id', ID) id: string, @Body() body: WeightSimulationRequestDto): Promise<WeightSimulation> {
    return this.simulation.simulate(id, body);
  }

  @Permissions(Permission.TenderRead)
  @Get('contracts')
  @ApiOkResponse({ type: ContractDto, isArray: true })
  contracts(@Param('id', ID) id: string): Promise<ContractDto[]> {
    return this.award.contracts(id);
  }
}
