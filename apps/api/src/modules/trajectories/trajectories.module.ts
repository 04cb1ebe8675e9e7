import { Module } from '@nestjs/common';
import { FrameworksModule } from '../frameworks/frameworks.module.js';
import { PlatformModule } from '../platform/platform.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { CasesController } from './cases.controller.js';
import { CasesService } from './cases.service.js';
import { ClientIdentity } from './client-identity.js';
import { EndingService } from './ending.service.js';
import { TrajectoriesController } from './trajectories.controller.js';
import { TrajectoriesService } from './trajectories.service.js';

/** SPEC §5 (first part): pseudonymous client cases, work plans, provider choice, plans, review and purchase orders. */
@Module({
  imports: [PlatformModule, ReferenceModule, FrameworksModule],
  controllers: [CasesController, TrajectoriesController],
  providers: [CasesService, ClientIdentity, TrajectoriesService, EndingService],
})
export class TrajectoriesModule {}
