import { Module } from '@nestjs/common';
import { PlatformModule } from '../platform/platform.module.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { OrganisationsController } from './organisations.controller.js';
import { OrganisationsService } from './organisations.service.js';
import { UsersController } from './users.controller.js';
import { UsersService } from './users.service.js';

@Module({
  imports: [PlatformModule],
  controllers: [AuthController, OrganisationsController, UsersController],
  providers: [AuthService, LoginRateLimiter, OrganisationsService, UsersService],
  exports: [UsersService, OrganisationsService, LoginRateLimiter],
})
export class IdentityModule {}
