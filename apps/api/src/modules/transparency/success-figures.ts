import { wilsonInterval } from '@rim/domain';
import type { DashboardRowDto } from './dto/dashboard-table.dto.js';

/** Success rate with its 95% Wilson interval (SC-3), in basis points, where the row's counts are shown and n ≥ 10. */
export const SUCCESS_FIGURES = {
  names: ['successRateBp', 'successLowBp', 'successHighBp'],
  of: (row: Omit<DashboardRowDto, 'figures'>): (number | null)[] => {
    const successes = row.cells[0]!;
    if (successes === null || row.total === null || row.total < 10) return [null, null, null];
    const w = wilsonInterval(successes, row.total);
    return [w.rate, w.low, w.high].map((x) => (x === null ? null : Math.round(x * 10_000)));
  },
};
