import { Module } from '@nestjs/common';
import { PlatformModule } from '../platform/platform.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { BidVault } from './bid-vault.js';
import { BidsService } from './bids.service.js';
import { PublicTendersController } from './public-tenders.controller.js';
import { TendersController } from './tenders.controller.js';
import { TendersService } from './tenders.service.js';

/** SPEC §4: tenders, selection, sealed bids and their opening. */
@Module({
  imports: [PlatformModule, ReferenceModule],
  controllers: [TendersController, PublicTendersController],
  providers: [TendersService, BidsService, BidVault],
  exports: [TendersService, BidsService],
})
export class TendersModule {}
