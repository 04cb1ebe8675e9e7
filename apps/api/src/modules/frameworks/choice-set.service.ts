import { Injectable } from '@nestjs/common';
import { localDate, startOfLocalDay } from '@rim/domain';
import { createHash } from 'node:crypto';
import { Clock } from '../../common/clock/clock.service.js';
import { DomainException } from '../../common/problem/error-code.js';
import { unknownCodes } from '../../common/problem/unknown-codes.js';
import { DataVersionCache } from '../platform/data-version-cache.js';
import { ReferenceService } from '../reference/reference.service.js';
import { ChoiceSetDto, ChoiceSetItemDto, ChoiceSetQueryDto } from './dto/choice-set.dto.js';
import { FrameworksRepository } from './frameworks.repository.js';
import { FrameworksService } from './frameworks.service.js';

/** The providers of a lot, region and target group, by name, and the span of clock time they hold for. */
interface Candidates {
  randomised: boolean;
  items: ChoiceSetItemDto[];
  from: number;
  until: number;
}

/** FW-7: the order of a client case, reproducible from its seed and telling nothing about the provider. */
function seededOrder(items: ChoiceSetItemDto[], seed: string): ChoiceSetItemDto[] {
  const keyed = items.map((item) => ({ item, key: createHash('md5').update(seed + item.providerId).digest('hex') }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.item.providerId < b.item.providerId ? -1 : 1));
  return keyed.map((k) => k.item);
}

/**
 * FW-7 and FW-8: the providers a client may choose from, the same verified facts for each, never ranked. The
 * candidates are cached per framework, lot, region and target group until the data changes or the clock ends a
 * suspension or brings new terms into force; the order and the barred providers are applied per request.
 */
@Injectable()
export class ChoiceSetService {
  constructor(
    private readonly frameworks: FrameworksService,
    private readonly repository: FrameworksRepository,
    private readonly reference: ReferenceService,
    private readonly clock: Clock,
    private readonly cache: DataVersionCache,
  ) {}

  /** `barredProviderIds`: providers a client may not get again (IC-4). */
  async choiceSet(frameworkId: string, query: ChoiceSetQueryDto, barredProviderIds: string[] = []): Promise<ChoiceSetDto> {
    const now = this.clock.now().getTime();
    const { randomised, items } = await this.cache.get(
      `${frameworkId}|${query.lot}|${query.region}|${query.targetGroup}`,
      () => this.candidates(frameworkId, query),
      (c) => c.from <= now && now < c.until,
    );
    const barred = new Set(barredProviderIds);
    const allowed = items.filter((i) => !barred.has(i.providerId)); // a new array: the cached one stays as it is
    return {
      frameworkId, lot: query.lot, region: query.region, targetGroup: query.targetGroup, seed: query.seed, order: randomised ? 'RANDOMISED' : 'ALPHABETICAL',
      items: randomised ? seededOrder(allowed, query.seed) : allowed,
    };
  }

  private async candidates(frameworkId: string, query: ChoiceSetQueryDto): Promise<Candidates> {
    const framework = await this.frameworks.get(frameworkId, { publishedOnly: true });
    const errors = unknownCodes([
      { field: 'lot', codes: [query.lot], known: (c) => framework.terms.lots.some((l) => l.lot === c) },
      { field: 'region', codes: [query.region], known: (c) => this.reference.hasRegion(c) },
      { field: 'targetGroup', codes: [query.targetGroup], known: (c) => this.reference.hasTargetGroup(c) },
    ]);
    if (errors.length) throw new DomainException('VALIDATION_FAILED', 'The choice set asks for codes that do not exist.', errors);
    const now = this.clock.now();
    const [rows, next] = await Promise.all([
      this.repository.choiceCandidates({
        frameworkId, lot: query.lot, region: query.region, targetGroup: query.targetGroup, now,
        qualityRequirementCode: framework.terms.checklist.find((r) => r.evidenceType === 'QUALITY_CERTIFICATE')?.code ?? null,
      }),
      this.repository.nextStatusChange(frameworkId, query.lot, now),
    ]);
    return {
      randomised: framework.legalMode === 'OPEN_HOUSE',
      items: rows.map((r) => ({
        providerId: r.provider_id, name: r.name, kvkNumber: r.kvk_number, city: r.city, locations: r.locations, freeCapacity: r.free_capacity,
        admittedSince: localDate(r.admitted_at), qualityCertificateValidUntil: r.quality_valid_until,
      })),
      from: now.getTime(),
      until: Math.min(next.suspensionEnds?.getTime() ?? Infinity, next.termsEffective ? startOfLocalDay(next.termsEffective).getTime() : Infinity),
    };
  }
}
