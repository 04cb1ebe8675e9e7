import { Injectable } from '@nestjs/common';
import type { DomainEventJob } from '@rim/contracts';
import { EntityManager } from 'typeorm';
import { applyDeltaSql, DELETE_EMPTY_CELL_SQL } from './score-contributions.js';
import { factChange, type FactChange } from './score-events.js';

interface TouchedCell {
  provider_id: string;
  route: string;
  benefit_type: string;
  region: string;
  month: string;
  empty: boolean;
}

/**
 * SC-1: an event's effect on the scores, inside the transaction that acknowledges the event (EventApplier), so it
 * counts exactly once. Set-based statements: lock and read the trajectory's row, then change it and add the
 * difference it makes to the cells in one statement.
 */
@Injectable()
export class ScoreApplyService {
  async apply(manager: EntityManager, event: DomainEventJob): Promise<void> {
    const change = factChange(event.type, event.payload);
    if (change) await this.change(manager, event.aggregateId, change);
  }

  /** SC-9: an upheld contest takes the trajectory out of every figure, at once and in every later recompute. */
  async exclude(manager: EntityManager, trajectoryId: string): Promise<void> {
    await this.change(manager, trajectoryId, { set: 'excluded = true', values: [] });
  }

  private async change(manager: EntityManager, trajectoryId: string, change: FactChange): Promise<void> {
    await manager.query('INSERT INTO score_trajectory (trajectory_id) VALUES ($1) ON CONFLICT DO NOTHING', [trajectoryId]);
    const [before] = await manager.query<{ row: object }[]>('SELECT to_jsonb(f) AS row FROM score_trajectory f WHERE trajectory_id = $1 FOR UPDATE', [trajectoryId]);
    const parameters = [trajectoryId, ...change.values, JSON.stringify(before!.row)];
    const touched = await manager.query<TouchedCell[]>(applyDeltaSql(change.set, parameters.length), parameters);
    for (const cell of touched.filter((c) => c.empty)) {
      await manager.query(DELETE_EMPTY_CELL_SQL, [cell.provider_id, cell.route, cell.benefit_type, cell.region, cell.month]);
    }
  }
}
