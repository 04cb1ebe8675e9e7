import { isMessageKey, type I18n } from '../../i18n/i18n.js';

/** Tables of one service carry it in their id, e.g. `league-WERKFIT`. */
const SERVICE_TABLE = /^(.+)-(WERKFIT|NAAR_WERK|IRO)$/;

/** Column, figure and table names of the dashboard tables, by their API codes. */
export function tableText(t: I18n['t']) {
  const named = (key: string, fallback: string) => (isMessageKey(key) ? t(key) : fallback);
  return {
    title: (id: string) => {
      const [, base = id, route] = SERVICE_TABLE.exec(id) ?? [];
      const title = named(`tr.table.${base}`, base);
      return route ? `${title}: ${named(`route.${route}`, route)}` : title;
    },
    column: (code: string) => named(`tr.column.${code}`, code),
    /** The web's own wording of a table's note, by the table's id without its service; the API's note otherwise. */
    note: (id: string, fallback: string | undefined) => named(`tr.note.${SERVICE_TABLE.exec(id)?.[1] ?? id}`, fallback ?? ''),
    figure: (name: string) => named(`tr.figure.${name}`, name),
  };
}

/** A figure as shown: shares and rates in basis points as percentages, prices in cents as euros, indices in hundredths. */
export function formatFigure(name: string, value: number | null, formatNumber: (n: number) => string): string {
  if (value === null) return '—';
  if (name.startsWith('caseMix')) return formatNumber(value / 100);
  if (name.endsWith('Bp')) return `${formatNumber(Math.round(value / 10) / 10)}%`;
  if (name.endsWith('Cents')) return `€ ${formatNumber(Math.round(value / 100))}`;
  return formatNumber(value);
}

/** A figure column: a figure, with its interval when the next two figures are its low and high bound. */
export interface FigureColumn {
  name: string;
  index: number;
  interval?: { low: number; high: number };
}

export function figureColumns(names: readonly string[]): FigureColumn[] {
  const columns: FigureColumn[] = [];
  for (let i = 0; i < names.length; i++) {
    const stem = names[i]!.replace(/(Rate|Index)?(Bp)?$/, '');
    const bound = (j: number, side: string) => names[j]?.replace(/Bp$/, '') === `${stem}${side}`;
    if (bound(i + 1, 'Low') && bound(i + 2, 'High')) {
      columns.push({ name: names[i]!, index: i, interval: { low: i + 1, high: i + 2 } });
      i += 2;
    } else {
      columns.push({ name: names[i]!, index: i });
    }
  }
  return columns;
}
