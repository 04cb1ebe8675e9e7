import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Permission } from '@rim/contracts';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor, Permissions } from '../../common/auth/access.decorators.js';
import { PageQueryDto } from '../../common/http/pagination.js';
import { ProviderScoreQueryDto, ProviderScoresDto, RankedProviderPageDto, ScoreListQueryDto } from './dto/score.dto.js';
import { ContestDto, CreateContestDto, DecideContestDto, DecideReviewCaseDto, ReviewCaseDto, ScoreRunAcceptedDto, ScoreRunDto, ScoreRunPageDto } from './dto/score-run.dto.js';
import { ScoreContestsService } from './score-contests.service.js';
import { ScoreRunsService } from './score-runs.service.js';
import { ScoresService } from './scores.service.js';

@ApiTags('scoring')
@ApiBearerAuth()
@Controller('api')
export class ScoringController {
  constructor(
    private readonly scores: ScoresService,
    private readonly runs: ScoreRunsService,
    private readonly contests: ScoreContestsService,
  ) {}

  /** SC-2 … SC-5: the officer's (and inspector's) view of all providers, ranked where n ≥ 10. */
  @Permissions(Permission.ScoreReadAny)
  @Get('scores/providers')
  @ApiOkResponse({ type: RankedProviderPageDto })
  ranked(@Query() query: ScoreListQueryDto): Promise<RankedProviderPageDto> {
    return this.scores.rankedProviders(query);
  }

  /** A provider's own scores (or any provider's for officers), each figure with n, interval and definition. */
  @Permissions(Permission.ScoreReadOwn, Permission.ScoreReadAny)
  @Get('scores/providers/:providerId')
  @ApiOkResponse({ type: ProviderScoresDto })
  provider(@CurrentActor() actor: Actor, @Param('providerId', ParseUUIDPipe) providerId: string, @Query() query: ProviderScoreQueryDto): Promise<ProviderScoresDto> {
    return this.scores.providerScores(actor, providerId, query);
  }

  /** SC-10: a full recompute runs in the worker; the answer is the run id to poll. */
  @Permissions(Permission.ScoreManage)
  @Post('score-runs')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: ScoreRunAcceptedDto })
  recompute(@CurrentActor() actor: Actor): Promise<ScoreRunAcceptedDto> {
    return this.runs.request(actor);
  }

  @Permissions(Permission.ScoreReadAny)
  @Get('score-runs')
  @ApiOkResponse({ type: ScoreRunPageDto })
  runHistory(@Query() query: PageQueryDto): Promise<ScoreRunPageDto> {
    return this.runs.list(query);
  }

  @Permissions(Permission.ScoreReadAny)
  @Get('score-runs/:id')
  @ApiOkResponse({ type: ScoreRunDto })
  run(@Param('id', ParseUUIDPipe) id: string): Promise<ScoreRunDto> {
    return this.runs.get(id);
  }

  /** SC-9: a provider contests one of its trajectories' data with evidence. */
  @Permissions(Permission.ScoreReadOwn)
  @Post('score-contests')
  @ApiCreatedResponse({ type: ContestDto })
  contest(@CurrentActor() actor: Actor, @Body() body: CreateContestDto): Promise<ContestDto> {
    return this.contests.create(actor, body);
  }

  @Permissions(Permission.ScoreReadOwn, Permission.ScoreManage)
  @Get('score-contests')
  @ApiOkResponse({ type: ContestDto, isArray: true })
  contestList(@CurrentActor() actor: Actor): Promise<ContestDto[]> {
    return this.contests.list(actor);
  }

  @Permissions(Permission.ScoreManage)
  @Post('score-contests/:id/decision')
  @HttpCode(200)
  @ApiOkResponse({ type: ContestDto })
  decide(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: DecideContestDto): Promise<ContestDto> {
    return this.contests.decide(actor, id, body);
  }

  /** SC-8: norm breaches waiting for an officer's FW-6 decision. */
  @Permissions(Permission.ScoreManage)
  @Get('score-review-cases')
  @ApiOkResponse({ type: ReviewCaseDto, isArray: true })
  reviewCases(): Promise<ReviewCaseDto[]> {
    return this.contests.reviewCases();
  }

  @Permissions(Permission.ScoreManage)
  @Post('score-review-cases/:id/decision')
  @HttpCode(200)
  @ApiOkResponse({ type: ReviewCaseDto })
  decideReviewCase(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: DecideReviewCaseDto): Promise<ReviewCaseDto> {
    return this.contests.decideReviewCase(actor, id, body);
  }
}
