import { INestApplication, Logger } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createValidationPipe } from './common/http/validation.js';
import { EnvDto } from './config/env.dto.js';
import { EVIDENCE_CONTENT_TYPES } from './modules/frameworks/evidence-file.js';
import { mountOpenApi } from './openapi/openapi.js';

/** Everything main.ts and the e2e tests need to configure identically on the Nest application. */
export function configureHttpApp(app: NestExpressApplication, env: EnvDto): INestApplication {
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.useBodyParser('json', { limit: env.MAX_BODY_BYTES, strict: true, type: ['application/json', 'application/*+json'] });
  app.useBodyParser('raw', { limit: env.MAX_UPLOAD_BYTES, type: [...EVIDENCE_CONTENT_TYPES] });
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  mountOpenApi(app);
  serveWebApp(app, env.WEB_DIST);
  return app;
}

/** The built web app on the same port; unknown non-API paths fall back to index.html (client-side routes). */
function serveWebApp(app: NestExpressApplication, webDist: string | undefined): void {
  if (!webDist || !existsSync(join(webDist, 'index.html'))) {
    new Logger('WebApp').warn({ msg: 'web app not served: build apps/admin and set WEB_DIST', webDist });
    return;
  }
  const isApi = (req: express.Request) => req.path.startsWith('/api') || req.path === '/health';
  const files = express.static(webDist, { index: false, maxAge: '1h' });
  // API requests skip the file lookup: a stat per request costs the reads of SPEC §10 throughput
  app.use((req: express.Request, res: express.Response, next: express.NextFunction) => (isApi(req) ? next() : files(req, res, next)));
  app.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (req.method !== 'GET' || isApi(req) || !req.accepts('html')) return next();
    res.sendFile(join(webDist, 'index.html'));
  });
}
