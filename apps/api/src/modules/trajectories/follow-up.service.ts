import { Injectable } from '@nestjs/common';
import { followUpMonthIndex, isValidBsn } from '@rim/domain';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Actor } from '../../common/auth/actor.js';
import { importCsv } from '../../common/http/csv-rows.js';
import { DomainException, FieldError } from '../../common/problem/error-code.js';
import { UnitOfWork } from '../platform/unit-of-work.service.js';
import { ClientIdentity } from './client-identity.js';
import { FollowUpImportReportDto, FollowUpRowResultDto } from './dto/contracting.dto.js';

export const FOLLOW_UP_COLUMNS = ['bsn', 'month', 'working'] as const;
const BATCH = 1_000;
const MAX_ROWS = 500_000;

interface ValidRow {
  line: number;
  hmac: string;
  month: string;
  working: boolean;
}

/**
 * IC-13: the monthly work status from the wage-register link, for the 12 months after a trajectory ended. The file
 * names clients by BSN; each is turned into its keyed pseudonym at once and matched to the person's latest trajectory
 * that ended before the month, so no BSN is kept or echoed. Valid rows are applied in batches and every row is reported;
 * a corrected status replaces the earlier one, an unchanged one changes nothing.
 */
@Injectable()
export class FollowUpService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly identity: ClientIdentity,
  ) {}

  async import(actor: Actor, csv: Readable): Promise<FollowUpImportReportDto> {
    const importId = randomUUID();
    const checkHeader = (header: string[]) => {
      const missing = FOLLOW_UP_COLUMNS.filter((c) => !header.map((h) => h.toLowerCase()).includes(c));
      if (missing.length) throw new DomainException('VALIDATION_FAILED', 'The header does not match the follow-up columns.', [{ field: 'header', message: `expected ${FOLLOW_UP_COLUMNS.join(';')}, missing: ${missing.join(', ')}` }]);
    };
    const results = await importCsv<ValidRow, FollowUpRowResultDto>(csv, { expectedHeader: FOLLOW_UP_COLUMNS.join(';'), checkHeader, maxRows: MAX_ROWS, maxRecordSize: 1024, delimiter: [',', ';'] }, {
      check: (header, record, line) => this.validateRow(header.map((h) => h.toLowerCase()), record, line),
      isValid: (row): row is ValidRow => 'hmac' in row,
      apply: (batch) => this.apply(actor, importId, batch),
      batchSize: BATCH,
    });
    const count = (status: string) => results.filter((r) => r.status === status).length;
    return { importId, rows: results.length, imported: count('IMPORTED'), unchanged: count('UNCHANGED'), rejected: count('REJECTED'), results };
  }

  private validateRow(header: string[], record: string[], line: number): ValidRow | FollowUpRowResultDto {
    const cell = Object.fromEntries(header.map((column, i) => [column, record[i] ?? '']));
    const errors: FieldError[] = [];
    if (record.length !== header.length) errors.push({ field: 'row', message: `has ${record.length} fields, the header ${header.length}` });
    if (!isValidBsn(cell.bsn)) errors.push({ field: 'bsn', message: 'is not a valid burgerservicenummer (elfproef)' });
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(cell.month)) errors.push({ field: 'month', message: 'must be YYYY-MM' });
    if (cell.working !== '0' && cell.working !== '1') errors.push({ field: 'working', message: 'must be 1 (working) or 0' });
    if (errors.length) return { line, status: 'REJECTED', monthIndex: null, errors };
    return { line, hmac: this.identity.pseudonym(cell.bsn), month: cell.month, working: cell.working === '1' };
  }

  /** One transaction per batch: match, store what is new or corrected, emit its event for the durability scores. */
  private apply(actor: Actor, importId: string, rows: ValidRow[]): Promise<FollowUpRowResultDto[]> {
    return this.uow.run(actor, async (tx) => {
      const matches = await tx.manager.query<{ line: number; trajectoryId: string; providerId: string; route: string; endedOn: string }[]>(
        `SELECT v.line, t.id AS "trajectoryId", t.provider_id AS "providerId", t.route, to_char(t.ended_on, 'YYYY-MM-DD') AS "endedOn"
           FROM unnest($1::int[], $2::char(64)[], $3::char(7)[]) AS v(line, hmac, month)
           JOIN LATERAL (SELECT t.* FROM trajectory t JOIN client_case c ON c.id = t.case_id
                          WHERE c.bsn_hmac = v.hmac AND t.ended_on IS NOT NULL AND to_char(t.ended_on, 'YYYY-MM') < v.month
                          ORDER BY t.ended_on DESC LIMIT 1) t ON true`,
        [rows.map((r) => r.line), rows.map((r) => r.hmac), rows.map((r) => r.month)],
      );
      const byLine = new Map(matches.map((m) => [m.line, m]));
      const results: FollowUpRowResultDto[] = [];
      const accepted: { row: ValidRow; match: (typeof matches)[number]; monthIndex: number }[] = [];
      for (const row of rows) {
        const match = byLine.get(row.line);
        const monthIndex = match && followUpMonthIndex(match.endedOn, row.month);
        if (!match) results.push({ line: row.line, status: 'REJECTED', monthIndex: null, errors: [{ field: 'bsn', message: 'no trajectory of this client ended before the month' }] });
        else if (!monthIndex) results.push({ line: row.line, status: 'REJECTED', monthIndex: null, errors: [{ field: 'month', message: 'outside the 12 months after the end' }] });
        else accepted.push({ row, match, monthIndex });
      }
      const changed = accepted.length
        ? await tx.manager.query<{ trajectory_id: string; month: string }[]>(
          `INSERT INTO follow_up_status (trajectory_id, month, month_index, working, imported_at)
           SELECT *, $5::timestamptz FROM unnest($1::uuid[], $2::char(7)[], $3::smallint[], $4::boolean[])
           ON CONFLICT (trajectory_id, month) DO UPDATE SET working = EXCLUDED.working, imported_at = EXCLUDED.imported_at
            WHERE follow_up_status.working IS DISTINCT FROM EXCLUDED.working
           RETURNING trajectory_id, month`,
          [accepted.map((a) => a.match.trajectoryId), accepted.map((a) => a.row.month), accepted.map((a) => a.monthIndex), accepted.map((a) => a.row.working), tx.now],
        )
        : [];
      const changedKeys = new Set(changed.map((c) => `${c.trajectory_id}:${c.month}`));
      const imported = accepted.filter((a) => changedKeys.has(`${a.match.trajectoryId}:${a.row.month}`));
      for (const a of accepted) results.push({ line: a.row.line, status: imported.includes(a) ? 'IMPORTED' : 'UNCHANGED', monthIndex: a.monthIndex, errors: [] });
      if (imported.length) {
        await tx.audit({ action: 'follow-up.imported', entityType: 'follow-up-import', entityId: importId, data: { rows: imported.length, lines: [imported[0].row.line, imported[imported.length - 1].row.line] } });
        await tx.emit(...imported.map((a) => ({
          type: 'follow-up.recorded', aggregateType: 'trajectory', aggregateId: a.match.trajectoryId,
          payload: { providerId: a.match.providerId, route: a.match.route, month: a.row.month, monthsAfterEnd: a.monthIndex, working: a.row.working },
        })));
      }
      return results;
    });
  }
}
