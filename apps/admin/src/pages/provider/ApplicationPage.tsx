import { Alert, Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client.js';
import type { Application, ApplicationStatus, ApplicationUpdate, Requirement } from '../../api/types.js';
import { ifMatch, useAction } from '../../api/use-action.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { Loading } from '../../auth/guards.js';
import { ApplicationFacts, ApplicationHistory, ApplicationStatusSummary } from '../../components/framework/ApplicationOverview.js';
import { ApplicationForm } from '../../components/framework/ApplicationForm.js';
import { EvidenceUploads } from '../../components/framework/EvidenceUploads.js';
import { requirementTitle, useFramework } from '../../components/framework/frameworks.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { usePageTitle } from '../../components/page-title.js';
import { useI18n, type I18n, type Language } from '../../i18n/i18n.js';

const EDITABLE: readonly ApplicationStatus[] = ['DRAFT', 'INFO_REQUESTED'];
const WITHDRAWABLE: readonly ApplicationStatus[] = ['DRAFT', 'SUBMITTED', 'IN_REVIEW', 'INFO_REQUESTED'];

/** Field names in the API's problem details (FW-2 incompleteness) to what the provider sees on this page. */
function fieldLabels(checklist: readonly Requirement[], t: I18n['t'], lang: Language): Record<string, string> {
  const labels: Record<string, string> = {
    experience: t('application.experience'),
    'experience.trajectories': t('application.trajectories'),
    regions: t('application.regions'),
    targetGroups: t('application.targetGroups'),
    capacity: t('application.capacity'),
  };
  for (const r of checklist) {
    labels[`declarations.${r.code}`] = `${t('application.declarations')}: ${r.code} — ${requirementTitle(r, lang)}`;
    labels[`evidence.${r.code}`] = `${t('evidence.title')}: ${r.code} — ${requirementTitle(r, lang)}`;
  }
  return labels;
}

function InfoRequest({ application }: { application: Application }) {
  const { t, formatDateTime } = useI18n();
  const request = [...application.history].reverse().find((event) => event.toStatus === 'INFO_REQUESTED');
  if (application.status !== 'INFO_REQUESTED' || !request) return null;
  return (
    <Alert type="warning" data-testid="info-request">
      <Heading2>{t('application.infoRequestedTitle')}</Heading2>
      <Paragraph>{t('application.infoRequestedIntro', { date: formatDateTime(request.at) })}</Paragraph>
      <Paragraph className="rim-quote">{request.message}</Paragraph>
    </Alert>
  );
}

/** The provider's application for one lot: fill in, prove, submit, answer questions, see the decision (FW-2, FW-3). */
export function ApplicationPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const application = useApiQuery(`application:${id}`, (signal) => unwrap(api.GET('/api/applications/{id}', { params: { path: { id } }, signal })));
  const app = application.data;
  const framework = useFramework(app?.frameworkId);
  const checklist = framework.data?.terms.checklist ?? [];
  const action = useAction();
  const [notice, setNotice] = useState<'saved' | 'submitted' | 'withdrawn' | null>(null);
  const [confirmWithdraw, setConfirmWithdraw] = useState(false);
  usePageTitle(app ? t('application.title', { lot: app.lot }) : t('application.titleLoading'));

  async function save(update: ApplicationUpdate, submit: boolean) {
    if (!app) return;
    setNotice(null);
    const done = await action.run(async () => {
      const saved = await unwrap(api.PATCH('/api/applications/{id}', { params: { path: { id }, header: ifMatch(app.version) }, body: update }));
      if (!submit) return 'saved' as const;
      await unwrap(api.POST('/api/applications/{id}/submit', { params: { path: { id }, header: ifMatch(saved.version) } }));
      return 'submitted' as const;
    });
    application.reload();
    if (done) setNotice(done);
  }

  async function withdraw() {
    if (!app) return;
    const done = await action.run(() => unwrap(api.POST('/api/applications/{id}/withdraw', { params: { path: { id }, header: ifMatch(app.version) } })));
    setConfirmWithdraw(false);
    application.reload();
    if (done) setNotice('withdrawn');
  }

  if (application.status === 'error' && !app) return <ProblemAlert error={application.error} />;
  if (!app || !framework.data) return <Loading />;
  const editable = EDITABLE.includes(app.status);

  return (
    <>
      <Paragraph>
        <Link to="/mijn-raamovereenkomst" className="utrecht-link utrecht-link--html-a">
          {t('application.back')}
        </Link>
      </Paragraph>
      <Heading1>{t('application.title', { lot: app.lot })}</Heading1>
      {notice && (
        <Alert type="ok" role="status" data-testid="application-notice">
          <Paragraph>{t(`application.notice.${notice}`)}</Paragraph>
        </Alert>
      )}
      {action.error && <ProblemAlert error={action.error} title={t('application.errorTitle')} fieldLabels={fieldLabels(checklist, t, lang)} />}
      <ApplicationStatusSummary application={app} />
      <InfoRequest application={app} />
      {editable ? (
        <>
          <ApplicationForm key={`${app.id}:${app.status}`} application={app} checklist={checklist} busy={action.busy} onSave={(update, submit) => void save(update, submit)} />
          <EvidenceUploads application={app} checklist={checklist} onUploaded={application.reload} />
        </>
      ) : (
        <ApplicationFacts application={app} checklist={checklist} />
      )}
      {WITHDRAWABLE.includes(app.status) && (
        <section aria-labelledby="withdraw-title">
          <Heading2 id="withdraw-title">{t('application.withdrawTitle')}</Heading2>
          <Paragraph>{t('application.withdrawIntro')}</Paragraph>
          {confirmWithdraw ? (
            <div className="rim-actions">
              <Paragraph>{t('application.withdrawConfirm')}</Paragraph>
              <Button type="button" appearance="primary-action-button" hint="danger" busy={action.busy} onClick={() => void withdraw()} data-testid="withdraw-confirm">
                {t('application.withdrawYes')}
              </Button>
              <Button type="button" appearance="secondary-action-button" onClick={() => setConfirmWithdraw(false)}>
                {t('form.cancel')}
              </Button>
            </div>
          ) : (
            <Button type="button" appearance="secondary-action-button" onClick={() => setConfirmWithdraw(true)} data-testid="withdraw">
              {t('application.withdraw')}
            </Button>
          )}
        </section>
      )}
      <ApplicationHistory application={app} checklist={checklist} />
    </>
  );
}
