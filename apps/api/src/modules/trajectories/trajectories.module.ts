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
import { SettlementService } from './settlement.service.js';
import { AftercareService } from './aftercare.service.js';
import { ContractingController } from './contracting.controller.js';
import { ExecutionController } from './execution.controller.js';
import { ExecutionService } from './execution.service.js';
import { FollowUpService } from './follow-up.service.js';
import { SatisfactionService } from './satisfaction.service.js';
import { WorklistService } from './worklist.service.js';

/** SPEC §5: pseudonymous cases, work plans, choice, plans, purchase orders, execution, ending, settlement, follow-up. */
@Module({
  imports: [PlatformModule, ReferenceModule, FrameworksModule],
  controllers: [CasesController, TrajectoriesController, ExecutionController, ContractingController],
  providers: [
    CasesService, ClientIdentity, TrajectoriesService, EndingService, SettlementService, ExecutionService, AftercareService, SatisfactionService, FollowUpService, WorklistService,
  ],
  exports: [SettlementService],
})
export class TrajectoriesModule {}
