import { Body, Controller, Get, Headers, HttpCode, Param, ParseIntPipe, ParseUUIDPipe, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Permission } from '@rim/contracts';
import type { Request } from 'express';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor, Permissions } from '../../common/auth/access.decorators.js';
import { parseIfMatch } from '../../common/http/if-match.js';
import { DomainException } from '../../common/problem/error-code.js';
import { ApplicationsService } from './applications.service.js';
import { BulkEnrolmentService } from './bulk-enrolment.service.js';
import { ChoiceSetService } from './choice-set.service.js';
import { ApplicationDto, CreateApplicationDto } from './dto/application.dto.js';
import { BulkEnrolmentQueryDto, BulkEnrolmentReportDto } from './dto/bulk-enrolment.dto.js';
import { ChoiceSetDto, ChoiceSetQueryDto } from './dto/choice-set.dto.js';
import { EvidenceDocumentDto, UploadEvidenceQueryDto } from './dto/evidence.dto.js';
import { CreateFrameworkDto, FrameworkDto, NewTermsVersionDto } from './dto/framework.dto.js';
import { ParticipationDto } from './dto/participation.dto.js';
import { readEvidenceFile } from './evidence-file.js';
import { EvidenceService } from './evidence.service.js';
import { FrameworksService } from './frameworks.service.js';
import { ParticipationsService } from './participations.service.js';

@ApiTags('frameworks')
@ApiBearerAuth()
@Controller('api/frameworks')
export class FrameworksController {
  constructor(
    private readonly frameworks: FrameworksService,
    private readonly applications: ApplicationsService,
    private readonly evidence: EvidenceService,
    private readonly participations: ParticipationsService,
    private readonly choiceSets: ChoiceSetService,
    private readonly bulk: BulkEnrolmentService,
  ) {}

  @Permissions(Permission.FrameworkRead)
  @Get()
  @ApiOkResponse({ type: FrameworkDto, isArray: true })
  list(): Promise<FrameworkDto[]> {
    return this.frameworks.list();
  }

  @Permissions(Permission.FrameworkManage)
  @Post()
  @ApiCreatedResponse({ type: FrameworkDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateFrameworkDto): Promise<FrameworkDto> {
    return this.frameworks.create(actor, body);
  }

  @Permissions(Permission.FrameworkRead)
  @Get(':id')
  @ApiOkResponse({ type: FrameworkDto })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<FrameworkDto> {
    return this.frameworks.get(id);
  }

  @Permissions(Permission.FrameworkManage)
  @Post(':id/publish')
  @HttpCode(200)
  @ApiOkResponse({ type: FrameworkDto })
  publish(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Headers('if-match') ifMatch?: string): Promise<FrameworkDto> {
    return this.frameworks.publish(actor, id, parseIfMatch(ifMatch));
  }

  @Permissions(Permission.FrameworkManage)
  @Post(':id/terms')
  @ApiCreatedResponse({ type: FrameworkDto })
  addTerms(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: NewTermsVersionDto, @Headers('if-match') ifMatch?: string): Promise<FrameworkDto> {
    return this.frameworks.addTermsVersion(actor, id, parseIfMatch(ifMatch), body);
  }

  @Permissions(Permission.TermsAcceptOwn)
  @Post(':id/terms/:versionNo/accept')
  @HttpCode(200)
  @ApiOkResponse({ type: ParticipationDto, isArray: true })
  acceptTerms(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Param('versionNo', ParseIntPipe) versionNo: number): Promise<ParticipationDto[]> {
    return this.participations.acceptTerms(actor, id, versionNo);
  }

  @Permissions(Permission.ChoiceSetRead)
  @Get(':id/choice-set')
  @ApiOkResponse({ type: ChoiceSetDto })
  choiceSet(@Param('id', ParseUUIDPipe) id: string, @Query() query: ChoiceSetQueryDto): Promise<ChoiceSetDto> {
    return this.choiceSets.choiceSet(id, query);
  }

  @Permissions(Permission.ApplicationWriteOwn)
  @Post(':id/applications')
  @ApiCreatedResponse({ type: ApplicationDto })
  apply(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: CreateApplicationDto): Promise<ApplicationDto> {
    return this.applications.create(actor, id, body);
  }

  @Permissions(Permission.ApplicationWriteOwn)
  @Post(':id/evidence/:requirementCode')
  @ApiConsumes('application/pdf', 'image/png', 'image/jpeg')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiCreatedResponse({ type: EvidenceDocumentDto })
  upload(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('requirementCode') requirementCode: string,
    @Query() query: UploadEvidenceQueryDto,
    @Req() req: Request,
  ): Promise<EvidenceDocumentDto> {
    return this.evidence.upload(actor, id, requirementCode, query, readEvidenceFile(req.headers['content-type'], req.body));
  }

  @Permissions(Permission.ProviderRegister)
  @Post(':id/bulk-enrolments')
  @HttpCode(200)
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', description: 'CSV with a header row; see BULK_COLUMNS' } })
  @ApiOkResponse({ type: BulkEnrolmentReportDto })
  bulkEnrol(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Query() query: BulkEnrolmentQueryDto, @Req() req: Request): Promise<BulkEnrolmentReportDto> {
    if (!req.is('text/csv')) throw new DomainException('UNSUPPORTED_MEDIA_TYPE', 'Send the file as text/csv.');
    return this.bulk.enrol(actor, id, req, { admit: query.admit ?? false });
  }
}
