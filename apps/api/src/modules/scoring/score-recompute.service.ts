import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ScoreRecomputeJob } from '@rim/contracts';
import { localDate } from '@rim/domain';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock.service.js';
import { CaseMixFit, fitCaseMix, PatternRow } from './case-mix-fit.js';
import { CELLS_CODE_VERSION, REBUILD_CELLS_SQL } from './score-contributions.js';
import { openNormReviewCases, SCORE_NORMS } from './score-norms.js';
import { ScoreRunEntity, ScoreRunTrigger } from './entities/score-run.entity.js';
import { monthsBefore, SCORING_METHODOLOGY_VERSION } from './score-periods.js';

export interface RecomputeSummary {
  runId: string;
  status: 'DONE';
  trajectories: number;
  cells: number;
  watermarkSeq: string;
  reviewCasesOpened: number;
  /** How long the steps took in this attempt: the cell rebuild, the model fits, the indices and norms. */
  timingsMs: { cells: number; caseMix: number; indicesAndNorms: number } | null;
}

export type ReportProgress = (percent: number) => Promise<void>;

/** The case-mix model and the indices look at trajectories that ended in the 12 complete months before the run. */
const CASE_MIX_WINDOW_MONTHS = 12;

/** Trajectories the model can use: ended in the window with a final outcome and a complete case mix. */
const MODEL_FROM = `FROM score_trajectory f CROSS JOIN LATERAL (SELECT coalesce(f.judged_outcome, f.closed_outcome) AS o) outcome`;
const MODEL_WHERE = `WHERE NOT f.excluded AND f.ended_on >= $1 AND f.ended_on < $2 AND o IN ('SUCCESS', 'UNSUCCESSFUL', 'EARLY_TERMINATION')
    AND f.provider_id IS NOT NULL AND f.benefit_type IS NOT NULL AND f.region IS NOT NULL
    AND f.distance_to_labour_market IS NOT NULL AND f.age_band IS NOT NULL AND f.barrier_count IS NOT NULL`;

const PATTERN = 'f.route, f.benefit_type, f.distance_to_labour_market, f.age_band, f.barrier_count, f.region';

/**
 * SC-6/SC-10 full recompute: in one transaction that holds back incremental applies, every cell is rebuilt from the
 * trajectory rows, the case-mix model is refitted per route (SC-4), each provider's observed and expected successes
 * are stored, the norms are checked (SC-8), and the run records its snapshot. Idempotent per run: a repeat of a
 * finished run does nothing; a run killed half-way left nothing behind and runs again.
 */
@Injectable()
export class ScoreRecomputeService {
  private readonly logger = new Logger(ScoreRecomputeService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async run(job: ScoreRecomputeJob, progress: ReportProgress): Promise<RecomputeSummary> {
    const run = await this.begin(job);
    if (run.status === 'DONE') return { ...this.summary(run, 0), timingsMs: null };
    try {
      return await this.dataSource.transaction(async (manager) => {
        await manager.query('LOCK TABLE score_trajectory IN SHARE MODE');
        // The rebuild groups every trajectory at once: enough memory keeps its hash table off the disk.
        await manager.query(`SET LOCAL work_mem = '${RECOMPUTE_WORK_MEM}'`);
        const [{ watermark }] = await manager.query<{ watermark: string }[]>(
          `SELECT coalesce((SELECT min(seq) - 1 FROM outbox_event WHERE applied_at IS NULL), (SELECT max(seq) FROM outbox_event), 0)::text AS watermark`);
        const started = performance.now();
        await manager.query('DELETE FROM score_cell');
        await manager.query(REBUILD_CELLS_SQL);
        const rebuilt = performance.now();
        await progress(40);
        const asOf = localDate(this.clock.now());
        const window = { from: monthsBefore(asOf, CASE_MIX_WINDOW_MONTHS), to: monthsBefore(asOf, 0) };
        const fits = await this.fitModels(manager, window);
        const fitted = performance.now();
        await progress(70);
        await this.storeIndices(manager, run.id, window, fits);
        const reviewCasesOpened = await openNormReviewCases(manager, run.id, asOf, this.clock.now());
        const timingsMs = { cells: Math.round(rebuilt - started), caseMix: Math.round(fitted - rebuilt), indicesAndNorms: Math.round(performance.now() - fitted) };
        await progress(90);
        const [{ trajectories, cells }] = await manager.query<{ trajectories: number; cells: number }[]>(
          'SELECT (SELECT count(*) FROM score_trajectory)::int AS trajectories, (SELECT count(*) FROM score_cell)::int AS cells');
        const finished: Partial<ScoreRunEntity> = {
          status: 'DONE', finishedAt: this.clock.now(), methodologyVersion: SCORING_METHODOLOGY_VERSION, watermarkSeq: watermark, codeVersion: CODE_VERSION,
          trajectories, cells, error: null,
          parameters: { asOf, caseMixWindow: window, norms: SCORE_NORMS, caseMix: fits.map(({ route, model, skipped }) => ({ route, ...(model ?? { skipped }) })) },
        };
        await manager.update(ScoreRunEntity, { id: run.id }, finished);
        await progress(100);
        return { ...this.summary({ ...run, ...finished } as ScoreRunEntity, reviewCasesOpened), timingsMs };
      });
    } catch (err) {
      await this.dataSource.getRepository(ScoreRunEntity).update({ id: run.id }, { status: 'FAILED', error: String(err instanceof Error ? err.message : err).slice(0, 2000) });
      throw err;
    }
  }

  /** The run row: the one an officer asked for, or the nightly one named after the day (the job may run again). */
  private async begin(job: ScoreRecomputeJob): Promise<ScoreRunEntity> {
    const now = this.clock.now();
    const trigger: ScoreRunTrigger = job.runId ? 'ON_DEMAND' : 'NIGHTLY';
    const id = job.runId ?? uuidFrom(`score-recompute-nightly:${localDate(now)}`);
    const jobId = job.runId ? scoreRunJobId(job.runId) : `score-recompute-nightly-${localDate(now)}`;
    const repository = this.dataSource.getRepository(ScoreRunEntity);
    await repository.createQueryBuilder().insert().values({ id, jobId, trigger, status: 'QUEUED', requestedAt: now, requestedBy: null }).orIgnore().execute();
    const run = await repository.findOneByOrFail({ id });
    if (run.status === 'DONE') return run;
    await repository.update({ id }, { status: 'RUNNING', startedAt: now, attempts: run.attempts + 1 });
    this.logger.log({ msg: 'score recompute started', runId: id, attempt: run.attempts + 1 });
    return { ...run, status: 'RUNNING' };
  }

  private async fitModels(manager: EntityManager, window: { from: string; to: string }): Promise<CaseMixFit[]> {
    const rows = await manager.query<PatternRow[]>(
      `SELECT ${PATTERN}, count(*)::int AS trials, (count(*) FILTER (WHERE o = 'SUCCESS'))::int AS successes
         ${MODEL_FROM} ${MODEL_WHERE} GROUP BY ${PATTERN} ORDER BY ${PATTERN}`, [window.from, window.to]);
    return ROUTES_FITTED.map((route) => fitCaseMix(route, rows.filter((r) => r.route === route)));
  }

  /** Σp and Σp(1 − p) per provider and route, joining each trajectory to its pattern's fitted probability. */
  private async storeIndices(manager: EntityManager, runId: string, window: { from: string; to: string }, fits: CaseMixFit[]): Promise<void> {
    const patterns = fits.flatMap((fit) => fit.probabilities);
    if (!patterns.length) return;
    const column = <K extends keyof (typeof patterns)[number]>(key: K) => patterns.map((p) => p[key]);
    await manager.query(
      `INSERT INTO score_case_mix_index (run_id, provider_id, route, n, observed, expected, variance)
       SELECT $3, f.provider_id, f.route, count(*), count(*) FILTER (WHERE o = 'SUCCESS'), sum(p.p), sum(p.p * (1 - p.p))
         ${MODEL_FROM}
         JOIN unnest($4::varchar[], $5::varchar[], $6::smallint[], $7::varchar[], $8::smallint[], $9::varchar[], $10::float8[]) AS p(route, benefit_type, distance, age_band, barrier_count, region, p)
           ON (p.route, p.benefit_type, p.distance, p.age_band, p.barrier_count, p.region) = (${PATTERN})
         ${MODEL_WHERE}
        GROUP BY f.provider_id, f.route`,
      [window.from, window.to, runId, column('route'), column('benefit_type'), column('distance_to_labour_market'), column('age_band'), column('barrier_count'), column('region'), column('p')],
    );
  }

  private summary(run: ScoreRunEntity, reviewCasesOpened: number): Omit<RecomputeSummary, 'timingsMs'> {
    return { runId: run.id, status: 'DONE', trajectories: run.trajectories ?? 0, cells: run.cells ?? 0, watermarkSeq: run.watermarkSeq ?? '0', reviewCasesOpened };
  }
}

const ROUTES_FITTED = ['WERKFIT', 'NAAR_WERK', 'IRO'];

/** Memory of the one PostgreSQL backend running a recompute (about 300 MB of hash table at 1,000,000 trajectories). */
export const RECOMPUTE_WORK_MEM = '320MB';

/** SC-6: the code that computed a snapshot: the cell definition and the methodology. */
const CODE_VERSION = `${CELLS_CODE_VERSION}/${SCORING_METHODOLOGY_VERSION}`;

export const scoreRunJobId = (runId: string): string => `score-recompute-${runId}`;

/** A name-based UUID (version 5 layout over SHA-256), so the nightly run of a day always has the same id. */
function uuidFrom(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
