import { Controller, Get, Header, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Permission } from '@rim/contracts';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor, Permissions } from '../../common/auth/access.decorators.js';
import { tableCsv } from './dashboard-table.js';
import { DashboardDto, DashboardTableDto } from './dto/dashboard-table.dto.js';
import { CaseSampleDto, CaseSampleItemDto, CaseSampleQueryDto, LeagueDto, LeagueQueryDto, ProviderDrillDownDto } from './dto/inspector.dto.js';
import { RedFlagDefinitionDto, RedFlagExplanationDto, RedFlagPageDto, RedFlagQueryDto, RedFlagRunAcceptedDto, RedFlagRunDto } from './dto/red-flag.dto.js';
import { InspectorService } from './inspector.service.js';
import { RED_FLAG_DEFINITIONS } from './red-flag-definitions.js';
import { RedFlagsService } from './red-flags.service.js';

/** TR-1/TR-2: the inspector workspace. Every table is suppressed (TR-5); no response carries a client identifier. */
@ApiTags('inspector')
@ApiBearerAuth()
@Controller('api/inspector')
export class InspectorController {
  constructor(
    private readonly inspector: InspectorService,
    private readonly redFlags: RedFlagsService,
  ) {}

  @Permissions(Permission.TransparencyRead)
  @Get('dashboard')
  @Header('content-type', 'application/json; charset=utf-8')
  @ApiOkResponse({ type: DashboardDto, description: 'a DashboardDto, sent pre-serialised' })
  dashboard(): Promise<string> {
    return this.inspector.dashboardJson();
  }

  @Permissions(Permission.TransparencyRead)
  @Get('tables/:id')
  @ApiOkResponse({ type: DashboardTableDto })
  table(@Param('id') id: string): Promise<DashboardTableDto> {
    return this.inspector.marketTable(id);
  }

  /** TR-4: CSV of a dashboard table, with the same suppression. */
  @Permissions(Permission.TransparencyRead)
  @Get('tables/:id/csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @ApiProduces('text/csv')
  @ApiOkResponse({ type: String })
  async tableAsCsv(@Param('id') id: string): Promise<string> {
    return tableCsv(await this.inspector.marketTable(id));
  }

  @Permissions(Permission.TransparencyRead)
  @Get('league')
  @ApiOkResponse({ type: LeagueDto })
  league(@Query() query: LeagueQueryDto): Promise<LeagueDto> {
    return this.inspector.league(query);
  }

  @Permissions(Permission.TransparencyRead)
  @Get('providers/:providerId')
  @ApiOkResponse({ type: ProviderDrillDownDto })
  provider(@Param('providerId', ParseUUIDPipe) providerId: string): Promise<ProviderDrillDownDto> {
    return this.inspector.provider(providerId);
  }

  @Permissions(Permission.TransparencyRead)
  @Get('case-samples')
  @ApiOkResponse({ type: CaseSampleDto })
  samples(@Query() query: CaseSampleQueryDto): Promise<CaseSampleDto> {
    return this.inspector.sample(query);
  }

  @Permissions(Permission.TransparencyRead)
  @Get('case-files/:trajectoryId')
  @ApiOkResponse({ type: CaseSampleItemDto })
  caseFile(@Param('trajectoryId', ParseUUIDPipe) trajectoryId: string): Promise<CaseSampleItemDto> {
    return this.inspector.caseFile(trajectoryId);
  }

  @Permissions(Permission.TransparencyRead)
  @Get('red-flag-definitions')
  @ApiOkResponse({ type: RedFlagDefinitionDto, isArray: true })
  definitions(): RedFlagDefinitionDto[] {
    return RED_FLAG_DEFINITIONS.map((d) => ({ ...d }));
  }

  @Permissions(Permission.TransparencyRead)
  @Get('red-flags')
  @ApiOkResponse({ type: RedFlagPageDto })
  flags(@Query() query: RedFlagQueryDto): Promise<RedFlagPageDto> {
    return this.redFlags.list(query);
  }

  @Permissions(Permission.TransparencyRead)
  @Get('red-flags/:id')
  @ApiOkResponse({ type: RedFlagExplanationDto })
  explain(@Param('id', ParseUUIDPipe) id: string): Promise<RedFlagExplanationDto> {
    return this.redFlags.explain(id);
  }

  /** TR-2: the computation runs in the worker; the answer is the run id to poll. */
  @Permissions(Permission.TransparencyRead)
  @Post('red-flag-runs')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: RedFlagRunAcceptedDto })
  requestRun(@CurrentActor() actor: Actor): Promise<RedFlagRunAcceptedDto> {
    return this.redFlags.request(actor);
  }

  @Permissions(Permission.TransparencyRead)
  @Get('red-flag-runs/:id')
  @ApiOkResponse({ type: RedFlagRunDto })
  run(@Param('id', ParseUUIDPipe) id: string): Promise<RedFlagRunDto> {
    return this.redFlags.getRun(id);
  }
}
