import { Permission } from '@rim/contracts';
import { Alert, Button, Heading1, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client.js';
import { useCodeList } from '../../api/reference.js';
import type { Framework, Participation } from '../../api/types.js';
import { useAction } from '../../api/use-action.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { hasPermission, useSessionUser } from '../../auth/auth.js';
import { CodeSelect } from '../../components/CodeSelect.js';
import { DataTable } from '../../components/DataTable.js';
import { OverdueMark } from '../../components/framework/ApplicationOverview.js';
import { useFrameworks } from '../../components/framework/frameworks.js';
import { StatusTag } from '../../components/framework/StatusTag.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { usePageTitle } from '../../components/page-title.js';
import { useI18n } from '../../i18n/i18n.js';

/** FW-4: a newer terms version than a participation accepted must be accepted to stay active. */
function TermsToAccept({ framework, participations, onAccepted }: { framework: Framework; participations: readonly Participation[]; onAccepted(): void }) {
  const { t, formatDate } = useI18n();
  const user = useSessionUser();
  const action = useAction();
  const terms = framework.terms;
  const behind = participations.filter((p) => p.frameworkId === framework.id && p.effectiveStatus !== 'DELISTED' && p.acceptedTermsVersionNo < terms.versionNo);
  if (!terms.publishedAt || behind.length === 0) return null;
  async function accept() {
    const done = await action.run(() => unwrap(api.POST('/api/frameworks/{id}/terms/{versionNo}/accept', { params: { path: { id: framework.id, versionNo: terms.versionNo } } })));
    if (done) onAccepted();
  }
  return (
    <Alert type="warning" data-testid="terms-to-accept">
      <Heading3>{t('myFramework.termsTitle', { framework: framework.name, version: terms.versionNo })}</Heading3>
      <Paragraph>{t('myFramework.termsIntro', { date: formatDate(terms.effectiveFrom) })}</Paragraph>
      <Paragraph className="rim-quote">{terms.summary}</Paragraph>
      {action.error && <ProblemAlert error={action.error} />}
      {hasPermission(user, Permission.TermsAcceptOwn) ? (
        <Button type="button" appearance="primary-action-button" busy={action.busy} onClick={() => void accept()} data-testid="terms-accept">
          {t('myFramework.termsAccept', { version: terms.versionNo })}
        </Button>
      ) : (
        <Paragraph>{t('myFramework.termsAdminOnly')}</Paragraph>
      )}
    </Alert>
  );
}

function ApplyForLot({ framework }: { framework: Framework }) {
  const { t, formatDate } = useI18n();
  const services = useCodeList('services');
  const navigate = useNavigate();
  const action = useAction();
  const [lot, setLot] = useState('');
  const id = `apply-${framework.id}`;
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!lot) return;
    const created = await action.run(() => unwrap(api.POST('/api/frameworks/{id}/applications', { params: { path: { id: framework.id } }, body: { lot } })));
    if (created) navigate(`/aanvragen/${created.id}`);
  }
  return (
    <li className="rim-card" data-testid="apply-framework" data-framework-id={framework.id}>
      <Heading3>{framework.name}</Heading3>
      <Paragraph>
        {t('myFramework.validity', { from: formatDate(framework.validFrom), until: formatDate(framework.validUntil) })}{' '}
        {t(`legalMode.${framework.legalMode}`)}
      </Paragraph>
      {action.error && <ProblemAlert error={action.error} />}
      <form onSubmit={onSubmit} className="rim-filters" aria-label={t('myFramework.applyFor', { framework: framework.name })}>
        <CodeSelect
          id={id}
          className="rim-filters__region"
          label={t('framework.lot')}
          options={framework.terms.lots.map((l) => ({ code: l.lot, label: services.label(l.lot) }))}
          emptyLabel={t('form.chooseOption')}
          value={lot}
          onChange={setLot}
        />
        <Button type="submit" appearance="primary-action-button" disabled={!lot || action.busy} busy={action.busy} data-testid="apply-submit">
          {t('myFramework.apply')}
        </Button>
      </form>
    </li>
  );
}

/** The provider's side of the open framework: participations, terms to accept, applications, and applying (FW-2, FW-4). */
export function MyFrameworkPage() {
  const { t, formatDate, formatDateTime, formatLastDay } = useI18n();
  usePageTitle(t('myFramework.title'));
  const services = useCodeList('services');
  const frameworks = useFrameworks('signedIn');
  const published = (frameworks.data ?? []).filter((f) => f.status === 'PUBLISHED');
  const participations = useApiQuery('my-participations', (signal) => unwrap(api.GET('/api/participations', { params: { query: { pageSize: 100 } }, signal })));
  const applications = useApiQuery('my-applications', (signal) => unwrap(api.GET('/api/applications', { params: { query: { pageSize: 100 } }, signal })));
  const frameworkName = (id: string) => frameworks.data?.find((f) => f.id === id)?.name ?? '—';
  const mine = participations.data?.items ?? [];

  return (
    <>
      <Heading1>{t('myFramework.title')}</Heading1>
      <Paragraph>{t('myFramework.intro')}</Paragraph>
      {[frameworks, participations, applications].map((q, i) => (q.status === 'error' ? <ProblemAlert key={i} error={q.error} /> : null))}

      {published.map((f) => (
        <TermsToAccept key={f.id} framework={f} participations={mine} onAccepted={participations.reload} />
      ))}

      <section aria-labelledby="my-participations">
        <Heading2 id="my-participations">{t('myFramework.participations')}</Heading2>
        {participations.data && mine.length === 0 && <Paragraph data-testid="participations-empty">{t('myFramework.noParticipations')}</Paragraph>}
        {mine.length > 0 && (
          <DataTable
            caption={t('myFramework.participationsCaption')}
            testId="my-participations-table"
            rowTestId="my-participation-row"
            rowData={(p) => ({ lot: p.lot })}
            rows={mine}
            rowKey={(p) => p.id}
            columns={[
              { header: t('application.framework'), rowHeader: true, cell: (p) => frameworkName(p.frameworkId) },
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
              { header: t('participation.termsVersion'), cell: (p) => p.acceptedTermsVersionNo },
              { header: t('participation.admittedAt'), nowrap: true, cell: (p) => formatDate(p.admittedAt) },
            ]}
          />
        )}
      </section>

      <section aria-labelledby="my-applications">
        <Heading2 id="my-applications">{t('myFramework.applications')}</Heading2>
        {applications.data && applications.data.items.length === 0 && <Paragraph>{t('myFramework.noApplications')}</Paragraph>}
        {applications.data && applications.data.items.length > 0 && (
          <DataTable
            caption={t('myFramework.applicationsCaption')}
            testId="my-applications-table"
            rowTestId="my-application-row"
            rowData={(a) => ({ lot: a.lot, status: a.status })}
            rows={applications.data.items}
            rowKey={(a) => a.id}
            columns={[
              { header: t('application.framework'), rowHeader: true, cell: (a) => frameworkName(a.frameworkId) },
              { header: t('framework.lot'), cell: (a) => services.label(a.lot) },
              { header: t('application.status'), cell: (a) => <StatusTag kind="application" status={a.status} /> },
              { header: t('application.submittedAt'), cell: (a) => (a.submittedAt ? formatDateTime(a.submittedAt) : '—') },
              {
                header: t('application.decisionDueAt'),
                cell: (a) => (
                  <>
                    {a.decisionDueAt ? formatLastDay(a.decisionDueAt) : '—'}
                    {a.overdue && <OverdueMark />}
                  </>
                ),
              },
              {
                header: t('myFramework.open'),
                cell: (a) => (
                  <Link to={`/aanvragen/${a.id}`} className="utrecht-link utrecht-link--html-a" aria-label={t('myFramework.openLabel', { lot: services.label(a.lot), framework: frameworkName(a.frameworkId) })}>
                    {t('myFramework.open')}
                  </Link>
                ),
              },
            ]}
          />
        )}
      </section>

      <section aria-labelledby="apply-title">
        <Heading2 id="apply-title">{t('myFramework.applyTitle')}</Heading2>
        <Paragraph>{t('myFramework.applyIntro')}</Paragraph>
        {frameworks.data && published.length === 0 && <Paragraph>{t('framework.noneOpen')}</Paragraph>}
        <ul className="rim-card-list">
          {published.map((f) => (
            <ApplyForLot key={f.id} framework={f} />
          ))}
        </ul>
      </section>
    </>
  );
}
