import { Module } from '@nestjs/common';
import { FrameworksModule } from '../frameworks/frameworks.module.js';
import { DataVersionCache } from '../platform/data-version-cache.js';
import { PlatformModule } from '../platform/platform.module.js';
import { ScoringModule } from '../scoring/scoring.module.js';
import { ChoicePageService } from './choice-page.service.js';
import { InspectorController } from './inspector.controller.js';
import { InspectorService } from './inspector.service.js';
import { OutcomeTables } from './outcome-tables.js';
import { OcdsRepository } from './ocds.repository.js';
import { OcdsService } from './ocds.service.js';
import { PublicTransparencyController } from './public-transparency.controller.js';
import { RedFlagDetectors } from './red-flags.repository.js';
import { RedFlagsService } from './red-flags.service.js';
import { TransparencyRepository } from './transparency.repository.js';

/** SPEC §7: inspector workspace (TR-1), red flags (TR-2), public pages (TR-3), open data (TR-4), suppression (TR-5). */
@Module({
  imports: [PlatformModule, FrameworksModule, ScoringModule],
  controllers: [InspectorController, PublicTransparencyController],
  providers: [InspectorService, RedFlagsService, RedFlagDetectors, OcdsService, OcdsRepository, ChoicePageService, DataVersionCache, OutcomeTables, TransparencyRepository],
  exports: [RedFlagsService],
})
export class TransparencyModule {}
