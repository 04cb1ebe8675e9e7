import { Module } from '@nestjs/common';
import { FrameworksModule } from '../frameworks/frameworks.module.js';
import { PlatformModule } from '../platform/platform.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { CasesController } from './cases.controller.js';
import { CasesService } from './cases.service.js';
import { ClientIdentity } from './client-identity.js';

/** SPEC §5 (first part): pseudonymous client cases, work plans and provider choice. */
@Module({
  imports: [PlatformModule, ReferenceModule, FrameworksModule],
  controllers: [CasesController],
  providers: [CasesService, ClientIdentity],
})
export class TrajectoriesModule {}
