import { Heading2, Paragraph } from '@utrecht/component-library-react';
import type { ProviderPlan } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';
import { DataTable } from '../DataTable.js';
import { useTrajectoryFormat } from './format.js';

/** IC-5/IC-6: every version of the provider's plan with the coach's decision on it; the negotiation stays readable. */
export function PlanVersions({ plans }: { plans: readonly ProviderPlan[] }) {
  const { t, formatNumber } = useI18n();
  const format = useTrajectoryFormat();
  return (
    <section aria-labelledby="plan-versions-title">
      <Heading2 id="plan-versions-title">{t('plan.versions')}</Heading2>
      {plans.length === 0 ? (
        <Paragraph data-testid="plan-none">{t('plan.none')}</Paragraph>
      ) : (
        <DataTable
          caption={t('plan.versionsCaption')}
          testId="plan-versions"
          rowTestId="plan-version"
          rowData={(p) => ({ version: String(p.versionNo), decision: p.decision ?? 'PENDING' })}
          rows={[...plans].reverse()}
          rowKey={(p) => p.id}
          columns={[
            { header: t('plan.col.version'), rowHeader: true, cell: (p) => t('plan.version', { n: p.versionNo }) },
            { header: t('plan.col.activities'), cell: (p) => p.activities.map((a) => `${format.code('activities', a.code)}: ${formatNumber(a.hours)} ${t('plan.hoursUnit')}`).join('; ') },
            { header: t('plan.col.hours'), numeric: true, cell: (p) => formatNumber(p.hours) },
            { header: t('plan.col.duration'), numeric: true, cell: (p) => t('plan.months', { n: p.durationMonths }) },
            { header: t('plan.col.price'), numeric: true, nowrap: true, cell: (p) => format.euros(p.priceCents) },
            { header: t('plan.col.decision'), cell: (p) => t(p.decision ? `plan.decision.${p.decision as 'APPROVE' | 'REQUEST_CHANGES' | 'REJECT'}` : 'plan.decision.pending') },
            { header: t('plan.col.comment'), cell: (p) => p.reviewComment ?? '' },
          ]}
        />
      )}
    </section>
  );
}
