import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth/access.decorators.js';
import { BidsService } from './bids.service.js';
import { MerkleProofDto, MerkleRootDto, TenderDto } from './dto/tender.dto.js';
import { TendersService } from './tenders.service.js';

/** TR-3 and TD-5: published tenders and the means for anyone to check a bid receipt against the published root. */
@ApiTags('public')
@Controller('api/public/tenders')
export class PublicTendersController {
  constructor(
    private readonly tenders: TendersService,
    private readonly bids: BidsService,
  ) {}

  @Public()
  @Get()
  @ApiOkResponse({ type: TenderDto, isArray: true })
  list(): Promise<TenderDto[]> {
    return this.tenders.list({ publishedOnly: true });
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
