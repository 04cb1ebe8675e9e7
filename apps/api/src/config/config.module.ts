import { Global, Module } from '@nestjs/common';
import { EnvDto, readEnv } from './env.dto.js';

@Global()
@Module({
  providers: [{ provide: EnvDto, useFactory: readEnv }],
  exports: [EnvDto],
})
export class ConfigModule {}
