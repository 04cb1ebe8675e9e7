import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth/access.decorators.js';
import { CodeEntryDto, CodeListDto, CodeListSummaryDto, RegionDto, TargetGroupDto } from './dto/reference.dto.js';
import { ReferenceService } from './reference.service.js';

/** Reference data is public: it is what every published tender and open-data file refers to. */
@ApiTags('reference')
@Controller('api/reference')
export class ReferenceController {
  constructor(private readonly reference: ReferenceService) {}

  @Public()
  @Get('regions')
  @ApiOkResponse({ type: RegionDto, isArray: true })
  regions(): RegionDto[] {
    return this.reference.regions().map(({ code, name, province }) => ({ code, name, province }));
  }

  @Public()
  @Get('target-groups')
  @ApiOkResponse({ type: TargetGroupDto, isArray: true })
  targetGroups(): TargetGroupDto[] {
    return this.reference.targetGroups().map(({ code, nameNl, nameEn, population, illustrative }) => ({ code, nameNl, nameEn, population, illustrative }));
  }

  @Public()
  @Get('benefit-types')
  @ApiOkResponse({ type: CodeEntryDto, isArray: true })
  benefitTypes(): CodeEntryDto[] {
    return this.reference.benefitTypes().map(({ code, nameNl, nameEn }) => ({ code, nameNl, nameEn }));
  }

  @Public()
  @Get('code-lists')
  @ApiOkResponse({ type: CodeListSummaryDto, isArray: true })
  codeLists(): CodeListSummaryDto[] {
    return this.reference.codeLists();
  }

  @Public()
  @Get('code-lists/:id')
  @ApiOkResponse({ type: CodeListDto })
  codeList(@Param('id') id: string): CodeListDto {
    const { version, entries } = this.reference.codeList(id);
    return { id, version, entries: entries.map(({ code, nameNl, nameEn }) => ({ code, nameNl, nameEn })) };
  }
}
