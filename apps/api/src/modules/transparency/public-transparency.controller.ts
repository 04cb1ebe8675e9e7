import { Controller, Get, Header, Param, ParseUUIDPipe, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '../../common/auth/access.decorators.js';
import { DomainException } from '../../common/problem/error-code.js';
import { ChoicePageService } from './choice-page.service.js';
import { tableCsv } from './dashboard-table.js';
import { ChoicePageDto, ChoicePageQueryDto } from './dto/choice-page.dto.js';
import { DashboardDto, DashboardTableDto } from './dto/dashboard-table.dto.js';
import { OcdsFeedQueryDto } from './dto/ocds.dto.js';
import { InspectorService } from './inspector.service.js';
import { OcdsService, type OcdsReleasePackage } from './ocds.service.js';

const baseUrl = (req: Request) => `${req.protocol}://${req.get('host') ?? 'localhost'}`;

/** TR-3/TR-4: open data and the client-choice page, for anyone. Market tables are the inspector's, suppressed alike. */
@ApiTags('public')
@Controller('api/public')
export class PublicTransparencyController {
  constructor(
    private readonly ocds: OcdsService,
    private readonly inspector: InspectorService,
    private readonly choicePage: ChoicePageService,
  ) {}

  /** TR-4 change feed: releases in (date, id) order after the cursor; `nextCursor` continues it. */
  @Public()
  @Get('ocds/releases')
  @ApiOkResponse({ description: 'OCDS 1.1 release package with nextCursor and links.next', schema: { type: 'object' } })
  feed(@Query() query: OcdsFeedQueryDto, @Req() req: Request): Promise<OcdsReleasePackage> {
    return this.ocds.feed(query.cursor, query.limit, baseUrl(req));
  }

  @Public()
  @Get('ocds/export')
  @ApiOkResponse({ description: 'every release of the market in one OCDS 1.1 release package', schema: { type: 'object' } })
  export(@Req() req: Request): Promise<OcdsReleasePackage> {
    return this.ocds.export(baseUrl(req));
  }

  @Public()
  @Get('ocds/tenders/:id')
  @ApiOkResponse({ description: 'the releases of one published tender as an OCDS 1.1 release package', schema: { type: 'object' } })
  tender(@Param('id', ParseUUIDPipe) id: string, @Req() req: Request): Promise<OcdsReleasePackage> {
    return this.ocds.tenderPackage(id, baseUrl(req));
  }

  @Public()
  @Get('market')
  @Header('content-type', 'application/json; charset=utf-8')
  @ApiOkResponse({ type: DashboardDto, description: 'a DashboardDto, sent pre-serialised' })
  market(): Promise<string> {
    return this.inspector.dashboardJson();
  }

  @Public()
  @Get('market/:id/csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @ApiProduces('text/csv')
  @ApiOkResponse({ type: String })
  async marketCsv(@Param('id') id: string): Promise<string> {
    return tableCsv(await this.publicTable(id));
  }

  @Public()
  @Get('market/:id')
  @ApiOkResponse({ type: DashboardTableDto })
  marketTable(@Param('id') id: string): Promise<DashboardTableDto> {
    return this.publicTable(id);
  }

  /** TR-3: providers for a region, target group and service with verified figures, in plain Dutch. */
  @Public()
  @Get('choice-page')
  @ApiOkResponse({ type: ChoicePageDto })
  choice(@Query() query: ChoicePageQueryDto): Promise<ChoicePageDto> {
    return this.choicePage.page(query);
  }

  /** The league tables name providers next to their outcomes: they stay in the inspector workspace. */
  private publicTable(id: string): Promise<DashboardTableDto> {
    if (id.startsWith('league')) throw new DomainException('NOT_FOUND', 'The league table is not published.');
    return this.inspector.marketTable(id);
  }
}
