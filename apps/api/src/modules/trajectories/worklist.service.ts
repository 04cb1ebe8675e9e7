import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { localDate } from '@rim/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { Clock } from '../../common/clock/clock.service.js';
import type { Page } from '../../common/http/pagination.js';
import { CaseSummaryDto, WorklistDto, WorklistItemDto } from './dto/contracting.dto.js';

const LIST_LIMIT = 100;

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
      `SELECT * FROM (
         SELECT t.id AS "trajectoryId", t.case_id AS "caseId", t.provider_id AS "providerId", o.name AS "providerName", t.route, t.status,
                t.status_since AS since, to_char(t.end_report_due, 'YYYY-MM-DD') AS "dueOn",
                CASE
                  WHEN t.status = 'AWAITING_SECOND_APPROVAL' THEN 'secondApprovals'
                  WHEN t.status = 'PLAN_SUBMITTED' THEN 'plansToReview'
                  WHEN t.status = 'ADJUSTMENT_SUBMITTED' THEN 'adjustmentsToReview'
                  WHEN t.status = 'END_REPORT_SUBMITTED' THEN 'endReportsToReview'
                  WHEN t.status IN ('ENDED', 'END_REPORT_RETURNED') AND t.end_report_due < $2::date THEN 'endReportsOverdue'
                  WHEN t.status IN ('ENDED', 'END_REPORT_RETURNED') THEN 'endReportsDue'
                  ELSE 'evaluationsToDecide'
                END AS list,
                row_number() OVER (PARTITION BY t.status ORDER BY t.end_report_due NULLS LAST, t.status_since) AS rank
           FROM trajectory t
           JOIN client_case c ON c.id = t.case_id
           JOIN organisation o ON o.id = t.provider_id
          WHERE (c.coach_id = $1 AND t.status IN ('PLAN_SUBMITTED', 'ADJUSTMENT_SUBMITTED', 'END_REPORT_SUBMITTED', 'ENDED', 'END_REPORT_RETURNED'))
             OR (t.status = 'AWAITING_SECOND_APPROVAL' AND t.first_approver_id <> $1)
             OR (c.coach_id = $1 AND t.status = 'ORDERED'
                 AND EXISTS (SELECT 1 FROM evaluation e WHERE e.trajectory_id = t.id AND e.stop_requested AND e.decision IS NULL))
       ) w WHERE rank <= $3
       ORDER BY "dueOn" NULLS LAST, since`,
      [actor.userId, today, LIST_LIMIT],
    );
    const worklist: WorklistDto = { plansToReview: [], secondApprovals: [], adjustmentsToReview: [], evaluationsToDecide: [], endReportsToReview: [], endReportsDue: [], endReportsOverdue: [] };
    for (const { list, since, ...item } of rows) {
      delete (item as { rank?: unknown }).rank;
      worklist[list].push({ ...item, since: since.toISOString() });
    }
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
