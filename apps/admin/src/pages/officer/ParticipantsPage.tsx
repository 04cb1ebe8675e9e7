import { Alert, Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client.js';
import { useCodeList } from '../../api/reference.js';
import type { Participation, ParticipationQuery } from '../../api/types.js';
import { useAction } from '../../api/use-action.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { DataTable } from '../../components/DataTable.js';
import { FrameworkSelect } from '../../components/framework/FrameworkSelect.js';
import { useFrameworks } from '../../components/framework/frameworks.js';
import { ParticipationActionForm, type ParticipationActionKind } from '../../components/framework/ParticipationActions.js';
import { StatusTag } from '../../components/framework/StatusTag.js';
import { Pagination } from '../../components/Pagination.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { ResultCount } from '../../components/ResultCount.js';
import { usePageTitle } from '../../components/page-title.js';
import { positiveInt, toSearch, withParams } from '../../components/search-params.js';
import { useI18n } from '../../i18n/i18n.js';

const PAGE_SIZE = 25;
const STATUSES = ['ACTIVE', 'SUSPENDED', 'DELISTED'] as const;

function EvidenceSweep() {
  const { t } = useI18n();
  const action = useAction();
  const [runId, setRunId] = useState<string | null>(null);
  async function start() {
    const run = await action.run(() => unwrap(api.POST('/api/participations/evidence-sweeps')));
    if (run) setRunId(run.runId);
  }
  return (
    <div className="rim-actions">
      <Button type="button" appearance="secondary-action-button" busy={action.busy} onClick={() => void start()} data-testid="evidence-sweep">
        {t('participants.sweep')}
      </Button>
      {runId && (
        <p role="status" data-testid="evidence-sweep-started">
          {t('participants.sweepStarted', { id: runId })}
        </p>
      )}
      {action.error && <ProblemAlert error={action.error} />}
    </div>
  );
}

/** FW-4 / FW-6: the officers' list of participants with their effective status, and suspension, reinstatement, de-listing. */
export function ParticipantsPage() {
  const { t, formatNumber, formatDate } = useI18n();
  usePageTitle(t('participants.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const status = STATUSES.find((s) => s === searchParams.get('status'));
  const lot = searchParams.get('lot') ?? '';
  const frameworkId = searchParams.get('framework') ?? '';
  const page = positiveInt(searchParams.get('page'), 1);
  const frameworks = useFrameworks('signedIn');
  const services = useCodeList('services');
  const [selected, setSelected] = useState<{ kind: ParticipationActionKind; participation: Participation } | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const query: ParticipationQuery = { page, pageSize: PAGE_SIZE, ...(status ? { status } : {}), ...(lot ? { lot } : {}), ...(frameworkId ? { frameworkId } : {}) };
  const participations = useApiQuery(`participations:${JSON.stringify(query)}`, (signal) => unwrap(api.GET('/api/participations', { params: { query }, signal })));
  const result = participations.data;
  const pages = result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 1;
  const loading = participations.status === 'loading';
  const update = (changes: Record<string, string | null>) => setSearchParams((current) => withParams(current, { ...changes, page: null }));
  const frameworkName = (id: string) => frameworks.data?.find((f) => f.id === id)?.name ?? '—';
  const choose = (kind: ParticipationActionKind, participation: Participation) => {
    setDone(null);
    setSelected({ kind, participation });
  };

  return (
    <>
      <Heading1>{t('participants.title')}</Heading1>
      <Paragraph>{t('participants.intro')}</Paragraph>
      <EvidenceSweep />
      <form role="search" aria-label={t('participants.filters')} className="rim-filters" onSubmit={(event) => event.preventDefault()}>
        {frameworks.data && (
          <FrameworkSelect id="participants-framework" className="rim-filters__region" allowAll frameworks={frameworks.data} value={frameworkId} onChange={(id) => update({ framework: id })} />
        )}
        <CodeSelect id="participants-lot" className="rim-filters__region" label={t('framework.lot')} options={services.options} emptyLabel={t('framework.allLots')} value={lot} onChange={(code) => update({ lot: code })} />
        <CodeSelect
          id="participants-status"
          className="rim-filters__region"
          label={t('participation.status')}
          options={STATUSES.map((s) => ({ code: s, label: t(`participationStatus.${s}`) }))}
          emptyLabel={t('review.allStatuses')}
          value={status ?? ''}
          onChange={(code) => update({ status: code })}
        />
      </form>
      {done && (
        <Alert type="ok" role="status" data-testid="participation-done">
          <Paragraph>{done}</Paragraph>
        </Alert>
      )}
      {selected && (
        <ParticipationActionForm
          key={`${selected.kind}:${selected.participation.id}`}
          kind={selected.kind}
          participation={selected.participation}
          lotLabel={services.label(selected.participation.lot)}
          onCancel={() => setSelected(null)}
          onDone={() => {
            setDone(t(`participants.${selected.kind}Done`, { provider: selected.participation.providerName }));
            setSelected(null);
            participations.reload();
          }}
        />
      )}
      {participations.status === 'error' && <ProblemAlert error={participations.error} />}
      <ResultCount loading={loading} total={result?.total} one={t('participants.countOne')} many={(count) => t('participants.count', { count })} />
      {result && result.items.length === 0 && !loading && <Paragraph>{t('participants.empty')}</Paragraph>}
      {result && result.items.length > 0 && (
        <DataTable
          caption={t('participants.caption', { page: formatNumber(result.page), pages: formatNumber(pages) })}
          testId="participants-table"
          busy={loading}
          rowTestId="participant-row"
          rowData={(p) => ({ kvk: p.kvkNumber, lot: p.lot, status: p.effectiveStatus })}
          rows={result.items}
          rowKey={(p) => p.id}
          columns={[
            { header: t('application.provider'), rowHeader: true, cell: (p) => p.providerName },
            { header: t('register.col.kvk'), nowrap: true, cell: (p) => p.kvkNumber },
            { header: t('application.framework'), cell: (p) => frameworkName(p.frameworkId) },
            { header: t('framework.lot'), cell: (p) => services.label(p.lot) },
            { header: t('participation.status'), cell: (p) => <StatusTag kind="participation" status={p.effectiveStatus} /> },
            {
              header: t('participation.reason'),
              cell: (p) => (
                <>
                  {p.statusReason ?? '—'}
                  {p.suspendedUntil && ` (${t('participation.until', { date: formatDate(p.suspendedUntil) })})`}
                </>
              ),
            },
            { header: t('participation.admittedAt'), nowrap: true, cell: (p) => formatDate(p.admittedAt) },
            {
              header: t('participants.actions'),
              cell: (p) => {
                const label = `${p.providerName} (${services.label(p.lot)})`;
                return (
                  <div className="rim-actions rim-actions--compact">
                    {p.status === 'ACTIVE' && (
                      <Button type="button" appearance="secondary-action-button" onClick={() => choose('suspend', p)} aria-label={t('participants.suspendLabel', { who: label })}>
                        {t('participants.suspend')}
                      </Button>
                    )}
                    {p.status === 'SUSPENDED' && (
                      <Button type="button" appearance="secondary-action-button" onClick={() => choose('reinstate', p)} aria-label={t('participants.reinstateLabel', { who: label })}>
                        {t('participants.reinstate')}
                      </Button>
                    )}
                    {p.status !== 'DELISTED' && (
                      <Button type="button" appearance="subtle-button" onClick={() => choose('delist', p)} aria-label={t('participants.delistLabel', { who: label })}>
                        {t('participants.delist')}
                      </Button>
                    )}
                    <Link to={`/bewijsstukken/${p.providerId}`} className="utrecht-link utrecht-link--html-a" aria-label={t('participants.evidenceLabel', { who: p.providerName })}>
                      {t('participants.evidence')}
                    </Link>
                  </div>
                );
              },
            },
          ]}
        />
      )}
      {result && <Pagination page={page} pages={pages} hrefFor={(p) => toSearch(withParams(searchParams, { page: p }))} />}
    </>
  );
}
