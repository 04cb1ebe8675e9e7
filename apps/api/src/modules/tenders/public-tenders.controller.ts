import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth/access.decorators.js';
import { DomainException } from '../../common/problem/error-code.js';
import { BidsService } from './bids.service.js';
import { ClarificationService } from './clarification.service.js';
import { ClarificationsDto } from './dto/clarification.dto.js';
import { MerkleProofDto, MerkleRootDto, TenderDto } from './dto/tender.dto.js';
import { TendersService } from './tenders.service.js';

/** TR-3 and TD-5: published tenders and the means for anyone to check a bid receipt against the published root. */
@ApiTags('public')
@Controller('api/public/tenders')
export class PublicTendersController {
  constructor(
    private readonly tenders: TendersService,
    private readonly bids: BidsService,
    private readonly clarification: ClarificationService,
  ) {}

  @Public()
  @Get()
  @ApiOkResponse({ type: TenderDto, isArray: true })
  list(): Promise<TenderDto[]> {
    return this.tenders.list({ publishedOnly: true });
  }

  @Public()
  @Get(':id/clarifications')
  @ApiOkResponse({ type: ClarificationsDto })
  async clarifications(@Param('id', ParseUUIDPipe) id: string): Promise<ClarificationsDto> {
    const tender = await this.tenders.get(id);
    if (tender.status === 'DRAFT') throw new DomainException('NOT_FOUND', 'No such tender.');
    return this.clarification.clarifications(id);
  }

  @Public()
  @Get(':id/merkle-root')
  @ApiOkResponse({ type: MerkleRootDto })
  root(@Param('id', ParseUUIDPipe) id: string): Promise<MerkleRootDto> {
    return this.bids.ensureRoot(id);
  }

  @Public()
  @Get(':id/merkle-proofs/:commitment')
  @ApiOkResponse({ type: MerkleProofDto })
  proof(@Param('id', ParseUUIDPipe) id: string, @Param('commitment') commitment: string): Promise<MerkleProofDto> {
    return this.bids.proof(id, commitment);
  }
}
