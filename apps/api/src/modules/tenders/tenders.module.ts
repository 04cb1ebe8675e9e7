import { Module } from '@nestjs/common';
import { PlatformModule } from '../platform/platform.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { ScoringModule } from '../scoring/scoring.module.js';
import { AwardService } from './award.service.js';
import { BidVault } from './bid-vault.js';
import { BidsService } from './bids.service.js';
import { ClarificationService } from './clarification.service.js';
import { EvaluationService } from './evaluation.service.js';
import { PublicTendersController } from './public-tenders.controller.js';
import { TenderEvaluationController } from './tender-evaluation.controller.js';
import { TendersController } from './tenders.controller.js';
import { TendersService } from './tenders.service.js';
import { WeightSimulationService } from './weight-simulation.service.js';

/** SPEC §4: tenders, selection, sealed bids, opening, evaluation, award, standstill and contracts. */
@Module({
  imports: [PlatformModule, ReferenceModule, ScoringModule],
  controllers: [TendersController, TenderEvaluationController, PublicTendersController],
  providers: [TendersService, BidsService, BidVault, ClarificationService, EvaluationService, AwardService, WeightSimulationService],
  exports: [TendersService, BidsService],
})
export class TendersModule {}
