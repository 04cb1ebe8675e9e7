import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Readable } from 'node:stream';
import type { Actor } from '../../common/auth/actor.js';
import { importCsv } from '../../common/http/csv-rows.js';
import { DomainException, FieldError } from '../../common/problem/error-code.js';
import { UnitOfWork } from '../platform/unit-of-work.service.js';
import { RegisterProviderDto } from '../providers/dto/provider-register.dto.js';
import { ProvidersService } from '../providers/providers.service.js';
import { BulkEnrolmentReportDto, BulkRowResultDto } from './dto/bulk-enrolment.dto.js';
import { FrameworksService } from './frameworks.service.js';
import { ParticipationsService } from './participations.service.js';

/** The columns of a bulk registration file; list columns separate their codes with `;`. */
export const BULK_COLUMNS = [
  'kvkNumber', 'name', 'email', 'streetAddress', 'postcode', 'city', 'homeRegion', 'regionsServed', 'targetGroups', 'services',
  'sizeClass', 'employees', 'annualCapacity', 'foundedYear', 'lots', 'capacity',
] as const;
const REQUIRED = BULK_COLUMNS.filter((c) => !['foundedYear', 'lots', 'capacity'].includes(c));
const BATCH = 250;
const MAX_ROWS = 50_000;

interface ValidRow {
  line: number;
  dto: RegisterProviderDto;
  lots: string[];
  capacity: number;
}

const list = (value: string | undefined) => (value ?? '').split(';').map((v) => v.trim()).filter(Boolean);
const int = (value: string | undefined) => (value && /^-?\d+$/.test(value.trim()) ? Number(value) : value);

/**
 * FW-9: a CSV of providers, streamed and applied in batches; idempotent by KvK number; every row reported; a bad row
 * never aborts or half-applies the others. With `admit`, rows naming lots become participations (migration of signed
 * agreements), bound to the framework's latest terms.
 */
@Injectable()
export class BulkEnrolmentService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly providers: ProvidersService,
    private readonly frameworks: FrameworksService,
    private readonly participations: ParticipationsService,
  ) {}

  async enrol(actor: Actor | null, frameworkId: string, csv: Readable, options: { admit: boolean }): Promise<BulkEnrolmentReportDto> {
    const framework = await this.frameworks.get(frameworkId);
    if (options.admit && framework.status !== 'PUBLISHED') throw new DomainException('WRONG_STATE', 'Publish the framework before admitting participants.');
    const lotCodes = new Set(framework.terms.lots.map((l) => l.lot));
    const results = await importCsv<ValidRow, BulkRowResultDto>(csv, { expectedHeader: BULK_COLUMNS.join(','), checkHeader: (h) => this.assertHeader(h), maxRows: MAX_ROWS, maxRecordSize: 64 * 1024 }, {
      check: (header, record, line) => this.validateRow(header, record, line, lotCodes),
      isValid: (row): row is ValidRow => 'dto' in row,
      apply: (batch) => this.apply(actor, frameworkId, batch, options.admit),
      batchSize: BATCH,
    });
    const count = (status: string) => results.filter((r) => r.status === status).length;
    return { rows: results.length, created: count('CREATED'), unchanged: count('UNCHANGED'), invalid: count('INVALID'), admitted: results.reduce((n, r) => n + r.admittedLots.length, 0), results };
  }

  private assertHeader(header: string[]): void {
    const missing = REQUIRED.filter((c) => !header.includes(c));
    const unknown = header.filter((c) => !(BULK_COLUMNS as readonly string[]).includes(c));
    if (missing.length || unknown.length) {
      throw new DomainException('VALIDATION_FAILED', 'The header does not match the bulk registration columns.', [
        ...(missing.length ? [{ field: 'header', message: `missing: ${missing.join(', ')}` }] : []),
        ...(unknown.length ? [{ field: 'header', message: `unknown: ${unknown.join(', ')}` }] : []),
      ]);
    }
  }

  private async validateRow(header: string[], record: string[], line: number, lotCodes: Set<string>): Promise<ValidRow | BulkRowResultDto> {
    const cell = Object.fromEntries(header.map((column, i) => [column, record[i]]));
    const invalid = (errors: FieldError[]): BulkRowResultDto => ({ line, kvkNumber: cell.kvkNumber ?? null, status: 'INVALID', admittedLots: [], errors });
    if (record.length !== header.length) return invalid([{ field: 'row', message: `has ${record.length} fields, the header ${header.length}` }]);
    const dto = plainToInstance(RegisterProviderDto, {
      kvkNumber: cell.kvkNumber, name: cell.name, email: cell.email, streetAddress: cell.streetAddress, postcode: cell.postcode, city: cell.city,
      homeRegionCode: cell.homeRegion, regionsServed: list(cell.regionsServed), targetGroups: list(cell.targetGroups), services: list(cell.services),
      sizeClass: cell.sizeClass, employees: int(cell.employees), annualCapacity: int(cell.annualCapacity), ...(cell.foundedYear ? { foundedYear: int(cell.foundedYear) } : {}),
    });
    const errors: FieldError[] = (await validate(dto, { whitelist: true, forbidNonWhitelisted: true })).flatMap((e) =>
      Object.values(e.constraints ?? {}).map((message) => ({ field: e.property, message })),
    );
    errors.push(...this.providers.codeErrors(dto));
    const lots = list(cell.lots);
    const badLots = lots.filter((l) => !lotCodes.has(l));
    if (badLots.length) errors.push({ field: 'lots', message: `no such lot: ${badLots.join(', ')}` });
    const capacity = int(cell.capacity || String(Math.max(1, Math.round(Number(dto.annualCapacity) / 2))));
    if (typeof capacity !== 'number' || capacity < 1) errors.push({ field: 'capacity', message: 'must be a whole number of at least 1' });
    return errors.length ? invalid(errors) : { line, dto, lots, capacity: capacity as number };
  }

  /** One transaction per batch: registrations and admissions of these rows commit together. */
  private async apply(actor: Actor | null, frameworkId: string, rows: ValidRow[], admit: boolean): Promise<BulkRowResultDto[]> {
    return this.uow.run(actor, async (tx) => {
      const created = new Set((await this.providers.insertMissing(tx, rows.map((r) => r.dto))).map((p) => p.kvkNumber));
      const admitted = admit ? await this.participations.admitMigrated(tx, frameworkId, rows.map((r) => ({ kvkNumber: r.dto.kvkNumber, lots: r.lots, regions: r.dto.regionsServed, targetGroups: r.dto.targetGroups, capacity: r.capacity }))) : new Map<string, string[]>();
      return rows.map((r) => {
        const status = created.delete(r.dto.kvkNumber) ? 'CREATED' : 'UNCHANGED';
        const admittedLots = admitted.get(r.dto.kvkNumber) ?? [];
        admitted.delete(r.dto.kvkNumber); // a KvK number twice in one file is reported once
        return { line: r.line, kvkNumber: r.dto.kvkNumber, status, admittedLots };
      });
    });
  }
}
