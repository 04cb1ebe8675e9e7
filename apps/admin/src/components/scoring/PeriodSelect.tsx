import { useI18n } from '../../i18n/i18n.js';
import { CodeSelect } from '../CodeSelect.js';

/** The last four complete quarters and the last two complete years, newest first, as the API names them (SC-2). */
function recentPeriods(today: Date): { code: string; kind: 'quarter' | 'year' }[] {
  const year = today.getFullYear();
  const current = year * 4 + Math.floor(today.getMonth() / 3);
  const quarters = [1, 2, 3, 4].map((back) => {
    const index = current - back;
    return { code: `${Math.floor(index / 4)}-Q${(index % 4) + 1}`, kind: 'quarter' as const };
  });
  return [...quarters, { code: String(year - 1), kind: 'year' }, { code: String(year - 2), kind: 'year' }];
}

export function PeriodSelect({ id, value, onChange }: { id: string; value: string; onChange(code: string): void }) {
  const { t } = useI18n();
  const options = recentPeriods(new Date()).map((p) => ({ code: p.code, label: t(p.kind === 'quarter' ? 'score.periodQuarter' : 'score.periodYear', { label: p.code }) }));
  return <CodeSelect id={id} className="rim-filters__region" label={t('score.period')} options={options} emptyLabel={t('score.periodDefault')} value={value} onChange={onChange} />;
}
