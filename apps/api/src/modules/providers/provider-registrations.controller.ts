import { Body, Controller, Ip, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth/access.decorators.js';
import { LoginRateLimiter } from '../identity/login-rate-limiter.js';
import { SelfRegistrationDto, SelfRegistrationResultDto } from './dto/provider-register.dto.js';
import { ProvidersService } from './providers.service.js';

@ApiTags('public')
@Controller('api/public/provider-registrations')
export class ProviderRegistrationsController {
  constructor(
    private readonly providers: ProvidersService,
    private readonly limiter: LoginRateLimiter,
  ) {}

  /** Open to anyone, so limited per client address like logins. */
  @Public()
  @Post()
  @ApiCreatedResponse({ type: SelfRegistrationResultDto })
  async register(@Body() body: SelfRegistrationDto, @Ip() ip: string): Promise<SelfRegistrationResultDto> {
    await this.limiter.consume(ip, '*', 'registration');
    return this.providers.selfRegister(body);
  }
}
