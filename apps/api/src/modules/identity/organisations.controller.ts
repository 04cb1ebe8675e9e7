import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Permission } from '@rim/contracts';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor, Permissions } from '../../common/auth/access.decorators.js';
import { parseIfMatch } from '../../common/http/if-match.js';
import { OrganisationDto, UpdateOrganisationDto } from './dto/organisation.dto.js';
import { OrganisationsService } from './organisations.service.js';

@ApiTags('identity')
@ApiBearerAuth()
@Controller('api/organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Permissions(Permission.OrganisationReadOwn)
  @Get('mine')
  @ApiOkResponse({ type: OrganisationDto })
  mine(@CurrentActor() actor: Actor): Promise<OrganisationDto> {
    return this.organisations.get(actor, actor.organisationId);
  }

  @Permissions(Permission.OrganisationReadOwn, Permission.OrganisationReadAny)
  @Get(':id')
  @ApiOkResponse({ type: OrganisationDto })
  get(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string): Promise<OrganisationDto> {
    return this.organisations.get(actor, id);
  }

  @Permissions(Permission.OrganisationUpdateOwn, Permission.OrganisationUpdateAny)
  @Patch(':id')
  @ApiHeader({ name: 'If-Match', required: true, description: 'The version you read, e.g. "3"' })
  @ApiOkResponse({ type: OrganisationDto })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: UpdateOrganisationDto,
  ): Promise<OrganisationDto> {
    return this.organisations.update(actor, id, parseIfMatch(ifMatch), body);
  }
}
