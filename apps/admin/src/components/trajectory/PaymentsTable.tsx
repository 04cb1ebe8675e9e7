import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { isMessageKey, useI18n } from '../../i18n/i18n.js';
import { DataTable } from '../DataTable.js';
import { ProblemAlert } from '../ProblemAlert.js';
import { useTrajectoryFormat } from './format.js';
import { usePayments } from './trajectories.js';

/** IC-10: the trajectory's entries in the append-only payment ledger; each key is paid once. */
export function PaymentsTable({ trajectoryId, version }: { trajectoryId: string; version: number }) {
  const { t, formatDate } = useI18n();
  const format = useTrajectoryFormat();
  const payments = usePayments(trajectoryId, String(version));
  const kind = (k: string) => {
    const key = `payment.kind.${k}`;
    return isMessageKey(key) ? t(key) : k;
  };
  const total = (payments.data ?? []).reduce((sum, p) => sum + p.amountCents, 0);
  return (
    <section aria-labelledby="payments-title">
      <Heading2 id="payments-title">{t('payment.title')}</Heading2>
      {payments.status === 'error' && <ProblemAlert error={payments.error} />}
      {payments.data && payments.data.length === 0 && <Paragraph>{t('payment.none')}</Paragraph>}
      {payments.data && payments.data.length > 0 && (
        <>
          <DataTable
            caption={t('payment.caption')}
            testId="payments"
            rowTestId="payment"
            rowData={(p) => ({ kind: p.kind, amount: String(p.amountCents) })}
            rows={payments.data}
            rowKey={(p) => p.key}
            columns={[
              { header: t('payment.col.kind'), rowHeader: true, cell: (p) => kind(p.kind) },
              { header: t('payment.col.dueOn'), nowrap: true, cell: (p) => formatDate(p.dueOn) },
              { header: t('payment.col.amount'), numeric: true, nowrap: true, cell: (p) => format.euros(p.amountCents) },
            ]}
          />
          <Paragraph data-testid="payments-total">{t('payment.total', { amount: format.euros(total) })}</Paragraph>
        </>
      )}
    </section>
  );
}
