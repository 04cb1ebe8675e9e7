import { Injectable } from '@nestjs/common';
import { JobName } from '@rim/contracts';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { correlationId } from '../../common/http/correlation.js';
import type { PageQueryDto } from '../../common/http/pagination.js';
import { DomainException } from '../../common/problem/error-code.js';
import { JobQueues } from '../../common/queue/job-queues.js';
import { Transaction, UnitOfWork } from '../platform/unit-of-work.service.js';
import { ScoreRunAcceptedDto, ScoreRunDto, ScoreRunPageDto } from './dto/score-run.dto.js';
import { ScoreRunEntity, ScoreRunTrigger } from './entities/score-run.entity.js';
import { scoreRunJobId } from './score-recompute.service.js';

const iso = (d: Date | null): string | null => d?.toISOString() ?? null;

function toDto(r: ScoreRunEntity): ScoreRunDto {
  return {
    id: r.id, jobId: r.jobId, trigger: r.trigger, status: r.status, requestedAt: r.requestedAt.toISOString(), startedAt: iso(r.startedAt), finishedAt: iso(r.finishedAt),
    attempts: r.attempts, methodologyVersion: r.methodologyVersion, parameters: r.parameters, watermarkSeq: r.watermarkSeq, codeVersion: r.codeVersion,
    trajectories: r.trajectories, cells: r.cells, error: r.error,
  };
}

/** SC-10: recompute runs asked for over HTTP (202 + run id, never waiting for the job) and their history. */
@Injectable()
export class ScoreRunsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly queues: JobQueues,
  ) {}

  async request(actor: Actor): Promise<ScoreRunAcceptedDto> {
    const runId = await this.uow.run(actor, (tx) => this.record(tx, 'ON_DEMAND'));
    return this.enqueue(runId);
  }

  /** Records a queued run in `tx`; enqueue it with `enqueue` once `tx` committed. */
  async record(tx: Transaction, trigger: ScoreRunTrigger): Promise<string> {
    const id = randomUUID();
    await tx.manager.insert(ScoreRunEntity, { id, jobId: scoreRunJobId(id), trigger, status: 'QUEUED', requestedAt: tx.now, requestedBy: tx.actorId, attempts: 0 });
    await tx.audit({ action: 'score.recompute-requested', entityType: 'score_run', entityId: id, data: { trigger } });
    return id;
  }

  async enqueue(runId: string, jobId: string = scoreRunJobId(runId)): Promise<ScoreRunAcceptedDto> {
    await this.queues.enqueueBulk([{ name: JobName.ScoreRecompute, jobId, payload: { runId, correlationId: correlationId() } }]);
    return { runId, jobId, job: JobName.ScoreRecompute };
  }

  async list(query: PageQueryDto): Promise<ScoreRunPageDto> {
    const [rows, total] = await this.dataSource.getRepository(ScoreRunEntity).findAndCount({
      order: { requestedAt: 'DESC', id: 'ASC' }, skip: (query.page - 1) * query.pageSize, take: query.pageSize,
    });
    return { items: rows.map(toDto), page: query.page, pageSize: query.pageSize, total };
  }

  async get(id: string): Promise<ScoreRunDto> {
    const run = await this.dataSource.getRepository(ScoreRunEntity).findOneBy({ id });
    if (!run) throw new DomainException('NOT_FOUND', 'No such score run.');
    return toDto(run);
  }
}
