import { Injectable } from '@nestjs/common';
import { BENEFIT_TYPES, CODE_LISTS, REGIONS, SERVICES, TARGET_GROUPS } from '@rim/domain';
import { DomainException } from '../../common/problem/error-code.js';

/** Reference data of SPEC §2, served from the versioned code lists in libs/domain. */
@Injectable()
export class ReferenceService {
  private readonly regionNames = new Map(REGIONS.map((r) => [r.code, r.name]));
  private readonly targetGroupCodes = new Set(TARGET_GROUPS.map((t) => t.code));
  private readonly serviceCodes = new Set(SERVICES.map((s) => s.code));

  regions() {
    return REGIONS;
  }

  targetGroups() {
    return TARGET_GROUPS;
  }

  benefitTypes() {
    return BENEFIT_TYPES;
  }

  services() {
    return SERVICES;
  }

  codeLists() {
    return CODE_LISTS.map(({ id, version, entries }) => ({ id, version, size: entries.length }));
  }

  codeList(id: string) {
    const list = CODE_LISTS.find((l) => l.id === id);
    if (!list) throw new DomainException('NOT_FOUND', `No code list ${id}.`);
    return list;
  }

  hasRegion(code: string): boolean {
    return this.regionNames.has(code);
  }

  hasTargetGroup(code: string): boolean {
    return this.targetGroupCodes.has(code);
  }

  hasService(code: string): boolean {
    return this.serviceCodes.has(code);
  }

  regionName(code: string): string {
    return this.regionNames.get(code) ?? code;
  }
}
