import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { localDate } from '@rim/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { Clock } from '../../common/clock/clock.service.js';
import type { Page } from '../../common/http/pagination.js';
import { CaseSummaryDto, WorklistDto, WorklistItemDto } from './dto/contracting.dto.js';
import { OPEN_WORK_STATES } from './entities/trajectory.entity.js';

const LIST_LIMIT = 100;
const OPEN_WORK = OPEN_WORK_STATES.map((s) => `'${s}'`).join(', ');

type Row = Omit<WorklistItemDto, 'since'> & { since: Date; list: keyof WorklistDto };

/** The coach's desk: what waits for a decision on the coach's own cases, and the IC-8 end-report deadlines. */
@Injectable()
export class WorklistService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async worklist(actor: Actor): Promise<WorklistDto> {
    const today = localDate(this.clock.now());
    const rows = await this.dataSource.query<Row[]>(
      `WITH waiting AS (
         SELECT t.* FROM trajectory t
          WHERE t.status IN (${OPEN_WORK})
            AND ((t.status = 'AWAITING_SECOND_APPROVAL' AND t.first_approver_id <> $1) OR EXISTS (SELECT 1 FROM client_case c WHERE c.id = t.case_id AND c.coach_id = $1))
         UNION ALL
         SELECT t.* FROM evaluation e JOIN trajectory t ON t.id = e.trajectory_id JOIN client_case c ON c.id = t.case_id
          WHERE e.stop_requested AND e.decision IS NULL AND t.status = 'ORDERED' AND c.coach_id = $1
       ), listed AS (
         SELECT w.*, CASE
                  WHEN w.status = 'AWAITING_SECOND_APPROVAL' THEN 'secondApprovals'
                  WHEN w.status = 'PLAN_SUBMITTED' THEN 'plansToReview'
                  WHEN w.status = 'ADJUSTMENT_SUBMITTED' THEN 'adjustmentsToReview'
                  WHEN w.status = 'END_REPORT_SUBMITTED' THEN 'endReportsToReview'
                  WHEN w.status = 'ORDERED' THEN 'evaluationsToDecide'
                  WHEN w.end_report_due < $2::date THEN 'endReportsOverdue'
                  ELSE 'endReportsDue'
                END AS list
           FROM waiting w
       )
       SELECT l.id AS "trajectoryId", l.case_id AS "caseId", l.provider_id AS "providerId", o.name AS "providerName", l.route, l.status,
              l.status_since AS since, to_char(l.end_report_due, 'YYYY-MM-DD') AS "dueOn", l.list
         FROM (SELECT listed.*, row_number() OVER (PARTITION BY list ORDER BY end_report_due NULLS LAST, status_since) AS rank FROM listed) l
         JOIN organisation o ON o.id = l.provider_id
        WHERE l.rank <= $3
        ORDER BY l.end_report_due NULLS LAST, l.status_since`,
      [actor.userId, today, LIST_LIMIT],
    );
    const worklist: WorklistDto = { plansToReview: [], secondApprovals: [], adjustmentsToReview: [], evaluationsToDecide: [], endReportsToReview: [], endReportsDue: [], endReportsOverdue: [] };
    for (const { list, since, ...item } of rows) worklist[list].push({ ...item, since: since.toISOString() });
    return worklist;
  }

  async cases(actor: Actor, page: number, pageSize: number): Promise<Page<CaseSummaryDto>> {
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query<(Omit<CaseSummaryDto, 'createdAt'> & { createdAt: Date })[]>(
        `SELECT c.id, c.benefit_type AS "benefitType", c.target_group AS "targetGroup", c.region, c.created_at AS "createdAt",
                t.id AS "trajectoryId", t.route, t.status, o.name AS "providerName"
           FROM client_case c
           LEFT JOIN LATERAL (SELECT * FROM trajectory t WHERE t.case_id = c.id ORDER BY t.created_at DESC LIMIT 1) t ON true
           LEFT JOIN organisation o ON o.id = t.provider_id
          WHERE c.coach_id = $1
          ORDER BY c.created_at DESC, c.id LIMIT $2 OFFSET $3`,
        [actor.userId, pageSize, (page - 1) * pageSize],
      ),
      this.dataSource.query<{ total: number }[]>(`SELECT COUNT(*)::int AS total FROM client_case WHERE coach_id = $1`, [actor.userId]),
    ]);
    return { items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })), page, pageSize, total };
  }
}
