import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JobName, type RedFlagRunJob } from '@rim/contracts';
import { localDate } from '@rim/domain';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { Clock } from '../../common/clock/clock.service.js';
import { correlationId } from '../../common/http/correlation.js';
import { DomainException } from '../../common/problem/error-code.js';
import { JobQueues } from '../../common/queue/job-queues.js';
import { UnitOfWork } from '../platform/unit-of-work.service.js';
import type { RedFlagDto, RedFlagExplanationDto, RedFlagPageDto, RedFlagQueryDto, RedFlagRunAcceptedDto, RedFlagRunDto } from './dto/red-flag.dto.js';
import { RedFlagEntity, RedFlagRunEntity } from './entities/red-flag.entities.js';
import { RED_FLAG_BY_CODE, RED_FLAG_DEFINITIONS } from './red-flag-definitions.js';
import { RedFlagDetectors } from './red-flags.repository.js';

const INSERT_BATCH = 1_000;

const tenderOf = (f: RedFlagEntity) => String((f.basis as { tenderId?: string }).tenderId);

/** Where an inspector reads the flagged record (a coach is staff: followed up through the audit trail). */
const RECORD_PATHS: Record<string, (f: RedFlagEntity) => string | null> = {
  tender: (f) => `/api/public/ocds/tenders/${f.recordId}`,
  tender_lot: (f) => `/api/public/ocds/tenders/${tenderOf(f)}`,
  tender_bid: (f) => `/api/public/ocds/tenders/${tenderOf(f)}`,
  framework_application: (f) => `/api/applications/${f.recordId}`,
  trajectory: (f) => `/api/inspector/case-files/${f.recordId}`,
  provider: (f) => `/api/inspector/providers/${f.recordId}`,
  coach: () => null,
};

function toDto(f: RedFlagEntity): RedFlagDto {
  const d = RED_FLAG_BY_CODE.get(f.code)!;
  return {
    id: f.id, code: f.code, definitionVersion: f.definitionVersion, recordType: f.recordType, recordId: f.recordId, recordPath: RECORD_PATHS[f.recordType]!(f),
    providerId: f.providerId, value: f.value, threshold: d.threshold, unit: d.unit, basis: f.basis as Record<string, unknown>, detectedAt: f.detectedAt.toISOString(), runId: f.runId,
  };
}

function runDto(r: RedFlagRunEntity): RedFlagRunDto {
  return { id: r.id, jobId: r.jobId, trigger: r.trigger, status: r.status, requestedAt: r.requestedAt.toISOString(), finishedAt: r.finishedAt?.toISOString() ?? null, counts: r.counts, error: r.error };
}

export const redFlagJobId = (runId: string) => `red-flags-${runId}`;

/** TR-2: red flags computed by a worker job (202 + run id on demand, nightly on schedule), listed and explained. */
@Injectable()
export class RedFlagsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly queues: JobQueues,
    private readonly detectors: RedFlagDetectors,
    private readonly clock: Clock,
  ) {}

  async request(actor: Actor): Promise<RedFlagRunAcceptedDto> {
    const id = randomUUID();
    const jobId = redFlagJobId(id);
    await this.uow.run(actor, async (tx) => {
      await tx.manager.insert(RedFlagRunEntity, { id, jobId, trigger: 'ON_DEMAND', status: 'QUEUED', requestedAt: tx.now, requestedBy: tx.actorId });
      await tx.audit({ action: 'red-flags.run-requested', entityType: 'red_flag_run', entityId: id });
    });
    await this.queues.enqueueBulk([{ name: JobName.RedFlagRun, jobId, payload: { runId: id, correlationId: correlationId() } }]);
    return { runId: id, jobId };
  }

  /** The worker's side: computes every flag in one transaction; the nightly run (no run id) is named after the day. */
  async run(job: RedFlagRunJob): Promise<{ runId: string; flags: number }> {
    const runs = this.dataSource.getRepository(RedFlagRunEntity);
    const now = this.clock.now();
    let run = job.runId ? await runs.findOneBy({ id: job.runId }) : null;
    if (!run) {
      const jobId = job.runId ? redFlagJobId(job.runId) : `red-flags-nightly-${localDate(now)}`;
      run = (await runs.findOneBy({ jobId })) ?? runs.create({ id: job.runId ?? randomUUID(), jobId, trigger: job.runId ? 'ON_DEMAND' : 'NIGHTLY', requestedAt: now, requestedBy: null, finishedAt: null, counts: null, error: null });
    }
    if (run.status === 'DONE') return { runId: run.id, flags: Object.values(run.counts ?? {}).reduce((a, b) => a + b, 0) };
    await runs.save({ ...run, status: 'RUNNING' });
    const runId = run.id;
    try {
      const counts = await this.uow.run(null, async (tx) => {
        const found: Record<string, number> = {};
        for (const definition of RED_FLAG_DEFINITIONS) {
          const flags = await this.detectors.byCode[definition.code]!(tx.manager, now);
          found[definition.code] = flags.length;
          const rows = flags.map((f) => tx.manager.create(RedFlagEntity, { id: randomUUID(), runId, code: definition.code, definitionVersion: definition.version, recordType: definition.recordType, ...f, detectedAt: now }));
          for (let i = 0; i < rows.length; i += INSERT_BATCH) await tx.manager.insert(RedFlagEntity, rows.slice(i, i + INSERT_BATCH));
        }
        await tx.manager.update(RedFlagRunEntity, { id: runId }, { status: 'DONE', finishedAt: tx.now, counts: found, error: null });
        await tx.audit({ action: 'red-flags.computed', entityType: 'red_flag_run', entityId: runId, data: found });
        return found;
      });
      return { runId, flags: Object.values(counts).reduce((a, b) => a + b, 0) };
    } catch (err) {
      await runs.update({ id: runId }, { status: 'FAILED', error: String((err as Error).message).slice(0, 2000) });
      throw err;
    }
  }

  async getRun(id: string): Promise<RedFlagRunDto> {
    const run = await this.dataSource.getRepository(RedFlagRunEntity).findOneBy({ id });
    if (!run) throw new DomainException('NOT_FOUND', 'No such red-flag run.');
    return runDto(run);
  }

  async list(query: RedFlagQueryDto): Promise<RedFlagPageDto> {
    const latest = await this.latestRun();
    const run = query.runId ? await this.completedRun(query.runId) : latest;
    if (!run) return { items: [], page: query.page, pageSize: query.pageSize, total: 0, runId: null, run: null, latestRun: true, counts: [] };
    const [items, total] = await this.dataSource.getRepository(RedFlagEntity).findAndCount({
      where: { runId: run.id, ...(query.code ? { code: query.code } : {}), ...(query.providerId ? { providerId: query.providerId } : {}) },
      order: { code: 'ASC', value: 'DESC', id: 'ASC' }, skip: (query.page - 1) * query.pageSize, take: query.pageSize,
    });
    return {
      items: items.map(toDto), page: query.page, pageSize: query.pageSize, total, runId: run.id, run: runDto(run), latestRun: run.id === latest?.id,
      counts: RED_FLAG_DEFINITIONS.map((d) => ({ code: d.code, count: run.counts?.[d.code] ?? 0 })),
    };
  }

  /** A flag of any run (flags are kept, so a reference to one stays valid), with where it stands in the latest run. */
  async explain(id: string): Promise<RedFlagExplanationDto> {
    const flags = this.dataSource.getRepository(RedFlagEntity);
    const flag = await flags.findOneBy({ id });
    if (!flag) throw new DomainException('NOT_FOUND', 'No such red flag.');
    const [run, latest] = await Promise.all([this.dataSource.getRepository(RedFlagRunEntity).findOneByOrFail({ id: flag.runId }), this.latestRun()]);
    const current = latest?.id === flag.runId
      ? flag
      : latest && (await flags.findOne({ where: { runId: latest.id, code: flag.code, recordId: flag.recordId }, order: { value: 'DESC', id: 'ASC' } }));
    const definition = RED_FLAG_BY_CODE.get(flag.code)!;
    return {
      ...toDto(flag), definition: { ...definition },
      explanation: `${definition.titleEn} (version ${definition.version}): ${definition.definition} Measured ${flag.value} ${definition.unit} against a threshold of ${definition.threshold} ${definition.unit}, from ${definition.basis}.`,
      run: runDto(run), latestRun: latest?.id === flag.runId, latestRunId: latest?.id ?? null, latestFlagId: current?.id ?? null,
    };
  }

  private latestRun(): Promise<RedFlagRunEntity | null> {
    return this.dataSource.getRepository(RedFlagRunEntity).findOne({ where: { status: 'DONE' }, order: { finishedAt: 'DESC', id: 'ASC' } });
  }

  private async completedRun(id: string): Promise<RedFlagRunEntity> {
    const run = await this.dataSource.getRepository(RedFlagRunEntity).findOneBy({ id, status: 'DONE' });
    if (!run) throw new DomainException('NOT_FOUND', 'No completed red-flag run with this id.');
    return run;
  }
}
