import { Module } from '@nestjs/common';
import { DataVersionCache } from '../platform/data-version-cache.js';
import { PlatformModule } from '../platform/platform.module.js';
import { ProvidersModule } from '../providers/providers.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { ApplicationsController } from './applications.controller.js';
import { ApplicationsService } from './applications.service.js';
import { BulkEnrolmentService } from './bulk-enrolment.service.js';
import { ChoiceSetService } from './choice-set.service.js';
import { EvidenceController } from './evidence.controller.js';
import { EvidenceService } from './evidence.service.js';
import { FrameworksController } from './frameworks.controller.js';
import { FrameworksRepository } from './frameworks.repository.js';
import { FrameworksService } from './frameworks.service.js';
import { NotificationsService } from './notifications.service.js';
import { ParticipationsController } from './participations.controller.js';
import { ParticipationsService } from './participations.service.js';
import { PublicFrameworksController } from './public-frameworks.controller.js';

/** SPEC §3: the open framework agreement — terms, applications, evidence, participation, choice set, bulk enrolment. */
@Module({
  imports: [PlatformModule, ReferenceModule, ProvidersModule],
  controllers: [FrameworksController, ApplicationsController, ParticipationsController, EvidenceController, PublicFrameworksController],
  providers: [FrameworksService, FrameworksRepository, ApplicationsService, EvidenceService, ParticipationsService, NotificationsService, ChoiceSetService, BulkEnrolmentService, DataVersionCache],
  exports: [FrameworksService, ParticipationsService, ChoiceSetService, BulkEnrolmentService],
})
export class FrameworksModule {}
