import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Re-integratiemarkt API')
    .setDescription('Procurement of re-integration services: identity, providers, audit. Errors are RFC 9457 application/problem+json.')
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, config, { operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}` });
  for (const item of Object.values(document.paths)) {
    for (const method of WRITES) {
      const operation = item[method];
      if (operation) operation.parameters = [...(operation.parameters ?? []), IDEMPOTENCY_KEY];
    }
  }
  return document;
}

const WRITES = ['post', 'put', 'patch', 'delete'] as const;

/** SPEC §8, served by IdempotencyInterceptor on every write route. */
const IDEMPOTENCY_KEY = {
  name: 'Idempotency-Key', in: 'header' as const, required: false, schema: { type: 'string' as const, minLength: 1, maxLength: 255 },
  description: 'Makes a retry safe: a repeated request with the same key (same caller, same request) gets the first response back, '
    + 'marked Idempotent-Replayed: true, and is not applied again. 409 IDEMPOTENCY_KEY_IN_USE when the key was used for another request '
    + 'or its first request is still being processed; 409 IDEMPOTENT_RESPONSE_LOST when it was applied but its response was lost.',
};

/** Swagger UI at /api/docs and the document at /api/docs/openapi.json. */
export function mountOpenApi(app: INestApplication): void {
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), { jsonDocumentUrl: 'api/docs/openapi.json' });
}
