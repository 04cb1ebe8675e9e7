import type { ScoreSheet } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';
import { DataTable, type Column } from '../DataTable.js';
import { CRITERIA, useTenderFormat } from './format.js';

interface ScoreSheetTableProps {
  caption: string;
  sheets: readonly ScoreSheet[];
  /** The bidder's name, where the reader may see it (the officer's report); absent on a bidder's own sheet. */
  bidderName?(sheet: ScoreSheet): string;
}

/** TD-8 score sheets: rank, total, points per criterion (of the maximum), what decided the rank and tranches won. */
export function ScoreSheetTable({ caption, sheets, bidderName }: ScoreSheetTableProps) {
  const { t, formatNumber } = useI18n();
  const format = useTenderFormat();
  const points = (sheet: ScoreSheet, criterion: string) => {
    const c = sheet.criteria.find((x) => x.criterion === criterion);
    return c ? t('award.points', { points: formatNumber(c.points), max: formatNumber(c.maxPoints) }) : '—';
  };
  const columns: Column<ScoreSheet>[] = [
    { header: t('award.rank'), rowHeader: !bidderName, cell: (s) => (s.rank === null ? t('award.excluded') : t('award.rankOf', { rank: s.rank, of: s.rankedBids })) },
    ...(bidderName ? [{ header: t('selection.provider'), rowHeader: true, cell: bidderName }] : []),
    { header: t('award.total'), numeric: true, cell: (s) => (s.total === null ? '—' : formatNumber(s.total)) },
    ...CRITERIA.map((c) => ({ header: format.criterion(c), numeric: true, cell: (s: ScoreSheet) => points(s, c) })),
    { header: t('award.decidedBy'), cell: (s) => (s.decidedBy ? format.decidedBy(s.decidedBy) : '—') },
    { header: t('award.tranchesWon'), cell: (s) => s.tranchesWon.map((x) => x.split('#')[1] ?? x).join(', ') || '—' },
  ];
  return <DataTable caption={caption} testId="score-sheet-table" rowTestId="score-sheet" rowData={(s) => ({ rank: String(s.rank ?? '') })} rows={sheets} rowKey={(s) => s.bidId} columns={columns} />;
}
