import type { CreatedUser } from './factories.js';
import { uniqueSuffix } from './factories.js';
import { currentServer } from './test-server.js';
import request from 'supertest';
import { FrameworksService } from '../../../apps/api/src/modules/frameworks/frameworks.service.js';
import type { LegalMode } from '../../../apps/api/src/modules/frameworks/entities/framework.entity.js';

export async function tokenFor(user: CreatedUser): Promise<string> {
  const res = await request(currentServer().url).post('/api/auth/login').send({ email: user.email, password: user.password });
  if (res.status !== 200) throw new Error(`login failed for ${user.email}: ${res.status}`);
  return res.body.accessToken as string;
}

/** A published framework with the Inkoopkader AG 2016–2020 terms, valid 2026–2030, created through the real service. */
export async function createFramework(options: { legalMode?: LegalMode; validFrom?: string; validUntil?: string } = {}): Promise<{ id: string; version: number }> {
  const service = currentServer().app.get(FrameworksService);
  const created = await service.create(null, {
    name: `Testraamovereenkomst ${uniqueSuffix()}`, legalMode: options.legalMode ?? 'OPEN_HOUSE',
    validFrom: options.validFrom ?? '2026-01-01', validUntil: options.validUntil ?? '2030-12-31',
  });
  const published = await service.publish(null, created.id, created.version);
  return { id: published.id, version: published.version };
}

/** A minimal real PDF document. */
export function pdfBytes(text = 'bewijsstuk'): Buffer {
  return Buffer.from(`%PDF-1.4\n% ${text} ${uniqueSuffix()}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
}
