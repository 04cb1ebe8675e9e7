import { Injectable } from '@nestjs/common';
import { localDate } from '@rim/domain';
import { Clock } from '../../common/clock/clock.service.js';
import { DomainException } from '../../common/problem/error-code.js';
import { unknownCodes } from '../../common/problem/unknown-codes.js';
import { ReferenceService } from '../reference/reference.service.js';
import { ChoiceSetDto, ChoiceSetQueryDto } from './dto/choice-set.dto.js';
import { FrameworksRepository } from './frameworks.repository.js';
import { FrameworksService } from './frameworks.service.js';

/** FW-7 and FW-8: the providers a client may choose from, the same verified facts for each, never ranked. */
@Injectable()
export class ChoiceSetService {
  constructor(
    private readonly frameworks: FrameworksService,
    private readonly repository: FrameworksRepository,
    private readonly reference: ReferenceService,
    private readonly clock: Clock,
  ) {}

  /** `barredProviderIds`: providers a client may not get again (IC-4). */
  async choiceSet(frameworkId: string, query: ChoiceSetQueryDto, barredProviderIds: string[] = []): Promise<ChoiceSetDto> {
    const framework = await this.frameworks.get(frameworkId, { publishedOnly: true });
    const errors = unknownCodes([
      { field: 'lot', codes: [query.lot], known: (c) => framework.terms.lots.some((l) => l.lot === c) },
      { field: 'region', codes: [query.region], known: (c) => this.reference.hasRegion(c) },
      { field: 'targetGroup', codes: [query.targetGroup], known: (c) => this.reference.hasTargetGroup(c) },
    ]);
    if (errors.length) throw new DomainException('VALIDATION_FAILED', 'The choice set asks for codes that do not exist.', errors);
    const randomised = framework.legalMode === 'OPEN_HOUSE';
    const rows = await this.repository.choiceSet({
      frameworkId, lot: query.lot, region: query.region, targetGroup: query.targetGroup, seed: query.seed, randomised,
      excludeProviderIds: barredProviderIds, now: this.clock.now(),
      qualityRequirementCode: framework.terms.checklist.find((r) => r.evidenceType === 'QUALITY_CERTIFICATE')?.code ?? null,
    });
    return {
      frameworkId, lot: query.lot, region: query.region, targetGroup: query.targetGroup, seed: query.seed, order: randomised ? 'RANDOMISED' : 'ALPHABETICAL',
      items: rows.map((r) => ({
        providerId: r.provider_id, name: r.name, kvkNumber: r.kvk_number, city: r.city, locations: r.locations, freeCapacity: r.free_capacity,
        admittedSince: localDate(r.admitted_at), qualityCertificateValidUntil: r.quality_valid_until,
      })),
    };
  }
}
