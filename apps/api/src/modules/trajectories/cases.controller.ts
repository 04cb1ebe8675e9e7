import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Permission } from '@rim/contracts';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor, Permissions } from '../../common/auth/access.decorators.js';
import { ChoiceSetDto } from '../frameworks/dto/choice-set.dto.js';
import { PageQueryDto } from '../../common/http/pagination.js';
import { CasesService } from './cases.service.js';
import { CaseSummaryPageDto } from './dto/contracting.dto.js';
import { WorklistService } from './worklist.service.js';
import { CaseDto, CaseIdentityDto, CreateCaseDto, CreateWorkPlanDto, ProviderChoiceDto, ProviderChoiceInputDto, WorkPlanDto } from './dto/case.dto.js';

const ID = new ParseUUIDPipe();

@ApiTags('client cases')
@ApiBearerAuth()
@Controller('api/cases')
export class CasesController {
  constructor(
    private readonly cases: CasesService,
    private readonly worklists: WorklistService,
  ) {}

  @Permissions(Permission.CaseManage)
  @Get()
  @ApiOkResponse({ type: CaseSummaryPageDto, description: 'the coach\'s own cases, newest first, with their latest trajectory' })
  list(@CurrentActor() actor: Actor, @Query() query: PageQueryDto): Promise<CaseSummaryPageDto> {
    return this.worklists.cases(actor, query.page, query.pageSize);
  }

  @Permissions(Permission.CaseManage)
  @Post()
  @ApiCreatedResponse({ type: CaseDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateCaseDto): Promise<CaseDto> {
    return this.cases.create(actor, body);
  }

  @Permissions(Permission.CaseManage)
  @Get(':id')
  @ApiOkResponse({ type: CaseDto })
  get(@Param('id', ID) id: string): Promise<CaseDto> {
    return this.cases.get(id);
  }

  @Permissions(Permission.ClientIdentityRead)
  @Get(':id/identity')
  @ApiOkResponse({ type: CaseIdentityDto })
  identity(@CurrentActor() actor: Actor, @Param('id', ID) id: string): Promise<CaseIdentityDto> {
    return this.cases.identityOf(actor, id);
  }

  @Permissions(Permission.CaseManage)
  @Post(':id/work-plans')
  @ApiCreatedResponse({ type: WorkPlanDto })
  addWorkPlan(@CurrentActor() actor: Actor, @Param('id', ID) id: string, @Body() body: CreateWorkPlanDto): Promise<WorkPlanDto> {
    return this.cases.addWorkPlan(actor, id, body);
  }

  @Permissions(Permission.CaseManage)
  @Get(':id/choice-set')
  @ApiOkResponse({ type: ChoiceSetDto })
  choiceSet(@Param('id', ID) id: string): Promise<ChoiceSetDto> {
    return this.cases.choiceSet(id);
  }

  @Permissions(Permission.CaseManage)
  @Post(':id/provider-choice')
  @ApiCreatedResponse({ type: ProviderChoiceDto })
  choose(@CurrentActor() actor: Actor, @Param('id', ID) id: string, @Body() body: ProviderChoiceInputDto): Promise<ProviderChoiceDto> {
    return this.cases.chooseProvider(actor, id, body);
  }
}
