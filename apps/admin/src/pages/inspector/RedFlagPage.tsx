import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { FactList } from '../../components/FactList.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { usePageTitle } from '../../components/page-title.js';
import { useFlagAmount } from '../../components/transparency/red-flag-titles.js';
import { useI18n } from '../../i18n/i18n.js';

/**
 * TR-2: one red flag of any run explained: definition, threshold, version, the measured value and the basis it was
 * computed on; a flag of an earlier run says so and whether the latest run still raises it.
 */
export function RedFlagPage() {
  const { id = '' } = useParams();
  const { t, lang, formatNumber, formatDateTime } = useI18n();
  const amount = useFlagAmount();
  const flag = useApiQuery(`red-flag:${id}`, (signal) => unwrap(api.GET('/api/inspector/red-flags/{id}', { params: { path: { id } }, signal })));
  const title = flag.data ? (lang === 'nl' ? flag.data.definition.titleNl : flag.data.definition.titleEn) : null;
  usePageTitle(title);
  return (
    <>
      {flag.status === 'error' && <ProblemAlert error={flag.error} />}
      {flag.data && (
        <>
          <Heading1>{title}</Heading1>
          {!flag.data.latestRun && (
            <Alert type="warning" data-testid="red-flag-old-run">
              <Paragraph>{t('tr.flags.oldRun', { date: formatDateTime(flag.data.run.finishedAt ?? flag.data.detectedAt) })}</Paragraph>
              <Paragraph>
                {flag.data.latestFlagId
                  ? <>{t('tr.flags.stillFlagged')} <Link to={`/inspectie/signalen/${flag.data.latestFlagId}`}>{t('tr.flags.latestFlag')}</Link></>
                  : t('tr.flags.noLongerFlagged')}
              </Paragraph>
            </Alert>
          )}
          <Paragraph>{lang === 'nl' ? flag.data.definition.definitionNl : flag.data.definition.definition}</Paragraph>
          <Paragraph>{t('tr.flags.basis')}: {flag.data.definition.basis}</Paragraph>
          <FactList
            testId="red-flag-facts"
            facts={[
              [t('tr.flags.value'), amount(flag.data.value, flag.data.unit)],
              [t('tr.flags.threshold'), amount(flag.data.threshold, flag.data.unit)],
              [t('tr.flags.version'), formatNumber(flag.data.definitionVersion)],
              [t('tr.flags.record'), flag.data.recordPath ?? `${flag.data.recordType} ${flag.data.recordId}`],
              [t('tr.flags.detectedAt'), formatDateTime(flag.data.detectedAt)],
              [t('tr.flags.flagRun'), flag.data.runId],
            ]}
          />
          <Paragraph><Link to={`/inspectie/signalen?berekening=${flag.data.runId}`}>{t('tr.flags.runList')}</Link></Paragraph>
          <pre className="rim-basis" data-testid="red-flag-basis">{JSON.stringify(flag.data.basis, null, 2)}</pre>
        </>
      )}
    </>
  );
}
