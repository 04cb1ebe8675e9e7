import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { fileURLToPath } from 'node:url';
import { AppModule } from '../../../apps/api/src/app.module.js';
import { EnvDto, loadEnv } from '../../../apps/api/src/config/env.dto.js';
import { configureHttpApp } from '../../../apps/api/src/http-app.js';

export interface TestServer {
  url: string;
  app: INestApplication;
  close(): Promise<void>;
}

const WEB_DIST = fileURLToPath(new URL('../../../apps/admin/dist', import.meta.url));
let current: TestServer | undefined;

/**
 * The real AppModule on a free port, against the test database and Redis named in the environment; `overrides`
 * replace settings of that environment (e.g. DATABASE_URL for a database of its own) for every module.
 */
export async function startTestServer(overrides: Partial<Record<keyof EnvDto, string>> = {}): Promise<TestServer> {
  const env = loadEnv({ ...process.env, WEB_DIST, ...overrides });
  const module = await Test.createTestingModule({ imports: [AppModule] }).overrideProvider(EnvDto).useValue(env).compile();
  const app = module.createNestApplication<NestExpressApplication>({ logger: ['error'], bodyParser: false });
  configureHttpApp(app, env);
  await app.listen(0, '127.0.0.1');
  const server: TestServer = {
    url: (await app.getUrl()).replace('[::1]', '127.0.0.1'),
    app,
    close: async () => {
      await app.close();
      if (current === server) current = undefined;
    },
  };
  current = server;
  return server;
}

/** The server the factories write through: the one started last in this test file. */
export function currentServer(): TestServer {
  if (!current) throw new Error('start a test server first (startTestServer)');
  return current;
}
