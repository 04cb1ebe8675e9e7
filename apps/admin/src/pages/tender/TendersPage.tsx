import { Permission } from '@rim/contracts';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { Link } from 'react-router';
import { hasPermission, useSessionUser } from '../../auth/auth.js';
import { DataTable } from '../../components/DataTable.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { ResultCount } from '../../components/ResultCount.js';
import { usePageTitle } from '../../components/page-title.js';
import { TenderStatusTag } from '../../components/tender/TenderStatus.js';
import { useTenders } from '../../components/tender/tenders.js';
import { useI18n } from '../../i18n/i18n.js';

/** Every tender with its state and deadlines; officers open one to run it, others read it. Drafts only for officers. */
export function TendersPage() {
  const { t, formatDateTime } = useI18n();
  usePageTitle(t('tenders.title'));
  const user = useSessionUser();
  const manager = hasPermission(user, Permission.TenderManage);
  const list = useTenders((x) => manager || x.status !== 'DRAFT');
  const rows = list.tenders ?? [];
  return (
    <>
      <Heading1>{t('tenders.title')}</Heading1>
      <Paragraph>{t('tenders.intro')}</Paragraph>
      {manager && (
        <Paragraph>
          <Link to="/aanbestedingen/nieuw" className="utrecht-link utrecht-link--html-a" data-testid="new-tender-link">
            {t('nav.newTender')}
          </Link>
        </Paragraph>
      )}
      {list.status === 'error' && <ProblemAlert error={list.error} />}
      <ResultCount loading={list.status === 'loading'} total={list.tenders?.length} one={t('tenders.countOne')} many={(count) => t('tenders.count', { count })} />
      {rows.length > 0 && (
        <DataTable
          caption={t('tenders.caption')}
          testId="tenders-table"
          rowTestId="tender-row"
          rowData={(x) => ({ status: x.status, id: x.id })}
          rows={rows}
          rowKey={(x) => x.id}
          columns={[
            { header: t('tender.name'), rowHeader: true, cell: (x) => <Link to={`/aanbestedingen/${x.id}`} className="utrecht-link utrecht-link--html-a">{x.name}</Link> },
            { header: t('selection.status'), cell: (x) => <TenderStatusTag status={x.status} /> },
            { header: t('tender.selectionDeadlineAt'), nowrap: true, cell: (x) => formatDateTime(x.selectionDeadlineAt) },
            { header: t('tender.bidDeadlineAt'), nowrap: true, cell: (x) => formatDateTime(x.bidDeadlineAt) },
          ]}
        />
      )}
    </>
  );
}
