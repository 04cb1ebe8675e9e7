import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth/access.decorators.js';
import { ChoiceSetService } from './choice-set.service.js';
import { ChoiceSetDto, ChoiceSetQueryDto } from './dto/choice-set.dto.js';
import { FrameworkDto } from './dto/framework.dto.js';
import { PublicParticipantPageDto, PublicParticipantQueryDto } from './dto/public-participant.dto.js';
import { FrameworksService } from './frameworks.service.js';
import { ParticipationsService } from './participations.service.js';

/** TR-3 / FW-7: what anyone may see of the open frameworks, without logging in. */
@ApiTags('public')
@Controller('api/public/frameworks')
export class PublicFrameworksController {
  constructor(
    private readonly frameworks: FrameworksService,
    private readonly participations: ParticipationsService,
    private readonly choiceSets: ChoiceSetService,
  ) {}

  @Public()
  @Get()
  @ApiOkResponse({ type: FrameworkDto, isArray: true })
  list(): Promise<FrameworkDto[]> {
    return this.frameworks.list({ publishedOnly: true });
  }

  @Public()
  @Get(':id/participants')
  @ApiOkResponse({ type: PublicParticipantPageDto })
  async participants(@Param('id', ParseUUIDPipe) id: string, @Query() query: PublicParticipantQueryDto): Promise<PublicParticipantPageDto> {
    await this.frameworks.get(id, { publishedOnly: true });
    return this.participations.publicList(id, query);
  }

  @Public()
  @Get(':id/choice-set')
  @ApiOkResponse({ type: ChoiceSetDto })
  choiceSet(@Param('id', ParseUUIDPipe) id: string, @Query() query: ChoiceSetQueryDto): Promise<ChoiceSetDto> {
    return this.choiceSets.choiceSet(id, query);
  }
}
