import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module.js';
import { PlatformModule } from '../platform/platform.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { ProviderRegistrationsController } from './provider-registrations.controller.js';
import { ProvidersController } from './providers.controller.js';
import { ProvidersRepository } from './providers.repository.js';
import { ProvidersService } from './providers.service.js';

@Module({
  imports: [PlatformModule, ReferenceModule, IdentityModule],
  controllers: [ProvidersController, ProviderRegistrationsController],
  providers: [ProvidersService, ProvidersRepository],
  exports: [ProvidersService],
})
export class ProvidersModule {}
