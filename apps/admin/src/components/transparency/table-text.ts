import { isMessageKey, type I18n } from '../../i18n/i18n.js';

/** Column, figure and table names of the dashboard tables, by their API codes. */
export function tableText(t: I18n['t']) {
  const named = (key: string, fallback: string) => (isMessageKey(key) ? t(key) : fallback);
  return {
    title: (id: string) => named(`tr.table.${id}`, id),
    column: (code: string) => named(`tr.column.${code}`, code),
    figure: (name: string) => named(`tr.figure.${name}`, name),
  };
}

/** A figure as shown: shares and rates in basis points as percentages, prices in cents as euros. */
export function formatFigure(name: string, value: number | null, formatNumber: (n: number) => string): string {
  if (value === null) return '—';
  if (name.endsWith('Bp')) return `${formatNumber(Math.round(value / 10) / 10)}%`;
  if (name.endsWith('Cents')) return `€ ${formatNumber(Math.round(value / 100))}`;
  return formatNumber(value);
}
