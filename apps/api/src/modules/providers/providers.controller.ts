import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Permission } from '@rim/contracts';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor, Permissions } from '../../common/auth/access.decorators.js';
import { OrganisationDto } from '../identity/dto/organisation.dto.js';
import { OrganisationsService } from '../identity/organisations.service.js';
import { ProviderRegisterPageDto, ProviderRegisterQueryDto, RegisterProviderDto } from './dto/provider-register.dto.js';
import { ProvidersService } from './providers.service.js';

@ApiTags('providers')
@ApiBearerAuth()
@Controller('api/providers')
export class ProvidersController {
  constructor(
    private readonly providers: ProvidersService,
    private readonly organisations: OrganisationsService,
  ) {}

  @Permissions(Permission.ProviderRegisterRead)
  @Get()
  @ApiOkResponse({ type: ProviderRegisterPageDto })
  register(@Query() query: ProviderRegisterQueryDto): Promise<ProviderRegisterPageDto> {
    return this.providers.register(query);
  }

  @Permissions(Permission.ProviderRegister)
  @Post()
  @ApiCreatedResponse({ type: OrganisationDto })
  async create(@CurrentActor() actor: Actor, @Body() body: RegisterProviderDto): Promise<OrganisationDto> {
    const [created] = await this.providers.registerProviders(actor, [body]);
    return this.organisations.get(actor, created!.id);
  }
}
