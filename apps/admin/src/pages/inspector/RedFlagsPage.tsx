import { Alert, Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client.js';
import type { RedFlagDefinition } from '../../api/types.js';
import { useAction } from '../../api/use-action.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { DataTable } from '../../components/DataTable.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { usePageTitle } from '../../components/page-title.js';
import { withParams } from '../../components/search-params.js';
import { RedFlagList } from '../../components/transparency/RedFlagList.js';
import { useFlagAmount, useRedFlagDefinitions } from '../../components/transparency/red-flag-titles.js';
import { useI18n } from '../../i18n/i18n.js';

/** TR-2: red flags of the latest run (or of an earlier one, `?berekening=`), by kind, with a run on request (202 + run id, polled until done). */
export function RedFlagsPage() {
  const { t, lang, formatNumber, formatDateTime } = useI18n();
  usePageTitle(t('tr.flags.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const code = searchParams.get('soort') ?? '';
  const runId = searchParams.get('berekening') ?? undefined;
  const definitions = useRedFlagDefinitions();
  const amount = useFlagAmount();
  const [generation, setGeneration] = useState(0);
  const [queued, setQueued] = useState<string | null>(null);
  const counts = useApiQuery(`red-flag-counts:${runId ?? 'latest'}:${generation}`, (signal) => unwrap(api.GET('/api/inspector/red-flags', { params: { query: { pageSize: 1, ...(runId ? { runId } : {}) } }, signal })));
  const shownRun = counts.data?.run;
  const action = useAction();
  const countOf = (d: RedFlagDefinition) => counts.data?.counts.find((c) => c.code === d.code)?.count ?? 0;

  const requestRun = () => action.run(async () => {
    const accepted = await unwrap(api.POST('/api/inspector/red-flag-runs'));
    setQueued(accepted.runId);
    for (let attempt = 0; attempt < 60; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const run = await unwrap(api.GET('/api/inspector/red-flag-runs/{id}', { params: { path: { id: accepted.runId } } }));
      if (run.status === 'DONE' || run.status === 'FAILED') break;
    }
    setQueued(null);
    setSearchParams((current) => withParams(current, { berekening: null }));
    setGeneration((g) => g + 1);
  });

  return (
    <>
      <Heading1>{t('tr.flags.title')}</Heading1>
      <Paragraph>{t('tr.flags.intro')}</Paragraph>
      <Button appearance="secondary-action-button" busy={action.busy} disabled={action.busy} onClick={() => void requestRun()}>{t('tr.flags.run')}</Button>
      {queued && <Alert type="info" role="status">{t('tr.flags.runQueued', { runId: queued })}</Alert>}
      {action.error && <ProblemAlert error={action.error} />}
      {counts.status === 'error' && <ProblemAlert error={counts.error} />}
      {shownRun?.finishedAt && <Paragraph data-testid="red-flag-run">{t('tr.flags.shownRun', { date: formatDateTime(shownRun.finishedAt) })}</Paragraph>}
      {shownRun?.finishedAt && counts.data?.latestRun === false && (
        <Alert type="warning" data-testid="red-flag-earlier-run">
          {t('tr.flags.earlierRun', { date: formatDateTime(shownRun.finishedAt) })} <Link to="/inspectie/signalen">{t('tr.flags.toLatest')}</Link>
        </Alert>
      )}
      <Heading2>{t('tr.flags.definitions')}</Heading2>
      <DataTable<RedFlagDefinition>
        caption={t('tr.flags.definitions')}
        testId="red-flag-definitions"
        rows={definitions}
        rowKey={(d) => d.code}
        columns={[
          { header: t('tr.flags.code'), rowHeader: true, cell: (d) => (lang === 'nl' ? d.titleNl : d.titleEn) },
          { header: t('tr.flags.count'), numeric: true, cell: (d) => formatNumber(countOf(d)) },
          { header: t('tr.flags.threshold'), nowrap: true, cell: (d) => amount(d.threshold, d.unit) },
          { header: t('tr.flags.version'), numeric: true, cell: (d) => formatNumber(d.version) },
          { header: t('tr.flags.explain'), cell: (d) => (lang === 'nl' ? d.definitionNl : d.definition) },
        ]}
      />
      <form role="search" aria-label={t('tr.flags.filter')} className="rim-filters" onSubmit={(event) => event.preventDefault()}>
        <CodeSelect
          id="red-flag-code"
          label={t('tr.flags.filter')}
          options={definitions.map((d) => ({ code: d.code, label: lang === 'nl' ? d.titleNl : d.titleEn }))}
          emptyLabel={t('tr.flags.all')}
          value={code}
          onChange={(next) => setSearchParams((current) => withParams(current, { soort: next || null }))}
        />
      </form>
      <RedFlagList code={code || undefined} runId={runId} generation={generation} />
    </>
  );
}
