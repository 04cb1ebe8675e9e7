import { Module } from '@nestjs/common';
import { PlatformModule } from '../platform/platform.module.js';
import { ScoreApplyService } from './score-apply.service.js';
import { ScoreContestsService } from './score-contests.service.js';
import { ScoreRecomputeService } from './score-recompute.service.js';
import { ScoreRunsService } from './score-runs.service.js';
import { ScoresService } from './scores.service.js';
import { ScoringController } from './scoring.controller.js';
import { ScoringRepository } from './scoring.repository.js';

/** SPEC §6: scores from the outbox events — apply (SC-1), reads (SC-2 … SC-5), recompute and snapshots (SC-6, SC-10). */
@Module({
  imports: [PlatformModule],
  controllers: [ScoringController],
  providers: [ScoreApplyService, ScoreRecomputeService, ScoreRunsService, ScoresService, ScoreContestsService, ScoringRepository],
  exports: [ScoreApplyService, ScoreRecomputeService, ScoresService, ScoreRunsService],
})
export class ScoringModule {}
