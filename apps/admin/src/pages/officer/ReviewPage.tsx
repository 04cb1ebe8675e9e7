import { Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client.js';
import type { RequirementDecision } from '../../api/types.js';
import { ifMatch, useAction } from '../../api/use-action.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { Loading } from '../../auth/guards.js';
import { TextAreaField } from '../../components/fields.js';
import { ApplicationFacts, ApplicationHistory, ApplicationStatusSummary } from '../../components/framework/ApplicationOverview.js';
import { DecisionForm } from '../../components/framework/DecisionForm.js';
import { EvidenceReview } from '../../components/framework/EvidenceReview.js';
import { useFramework } from '../../components/framework/frameworks.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { usePageTitle } from '../../components/page-title.js';
import { useI18n } from '../../i18n/i18n.js';

function RequestInfoForm({ busy, onSend }: { busy: boolean; onSend(message: string): void }) {
  const { t } = useI18n();
  const [message, setMessage] = useState('');
  const [missing, setMissing] = useState(false);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMissing(!message.trim());
    if (message.trim()) onSend(message.trim());
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-busy={busy} className="rim-form" aria-labelledby="request-info-title">
      <Heading2 id="request-info-title">{t('review.requestInfoTitle')}</Heading2>
      <TextAreaField
        id="request-info-message"
        label={t('review.requestInfoMessage')}
        description={t('review.requestInfoHint')}
        value={message}
        onChange={setMessage}
        error={missing ? t('review.requestInfoMissing') : null}
      />
      <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy} data-testid="request-info-submit">
        {t('review.requestInfoSubmit')}
      </Button>
    </form>
  );
}

/** An officer reviews one application (FW-3): facts, evidence, then a request for information or a decision per requirement. */
export function ReviewPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const application = useApiQuery(`application:${id}`, (signal) => unwrap(api.GET('/api/applications/{id}', { params: { path: { id } }, signal })));
  const app = application.data;
  const framework = useFramework(app?.frameworkId);
  const checklist = framework.data?.terms.checklist ?? [];
  const action = useAction();
  usePageTitle(app ? t('review.title', { provider: app.providerName }) : t('application.titleLoading'));

  async function step(call: (version: number) => Promise<unknown>) {
    if (!app) return;
    await action.run(() => call(app.version));
    application.reload();
  }
  const startReview = () =>
    step((version) => unwrap(api.POST('/api/applications/{id}/start-review', { params: { path: { id }, header: ifMatch(version) } })));
  const requestInfo = (message: string) =>
    step((version) => unwrap(api.POST('/api/applications/{id}/request-info', { params: { path: { id }, header: ifMatch(version) }, body: { message } })));
  const decide = (decisions: RequirementDecision[], message: string) =>
    step((version) =>
      unwrap(api.POST('/api/applications/{id}/decision', { params: { path: { id }, header: ifMatch(version) }, body: { decisions, ...(message ? { message } : {}) } })),
    );

  if (application.status === 'error' && !app) return <ProblemAlert error={application.error} />;
  if (!app || !framework.data) return <Loading />;

  return (
    <>
      <Paragraph>
        <Link to="/beoordelen" className="utrecht-link utrecht-link--html-a">
          {t('review.back')}
        </Link>
      </Paragraph>
      <Heading1>{t('review.title', { provider: app.providerName })}</Heading1>
      {action.error && <ProblemAlert error={action.error} title={t('review.errorTitle')} />}
      <ApplicationStatusSummary application={app} />
      {app.status === 'SUBMITTED' && (
        <div className="rim-actions">
          <Paragraph>{t('review.startIntro')}</Paragraph>
          <Button type="button" appearance="primary-action-button" busy={action.busy} onClick={() => void startReview()} data-testid="start-review">
            {t('review.start')}
          </Button>
        </div>
      )}
      <ApplicationFacts application={app} checklist={checklist} />
      <EvidenceReview organisationId={app.providerId} checklist={checklist} />
      {app.status === 'IN_REVIEW' && (
        <>
          <RequestInfoForm busy={action.busy} onSend={(message) => void requestInfo(message)} />
          <DecisionForm key={app.version} checklist={checklist} busy={action.busy} onDecide={(decisions, message) => void decide(decisions, message)} />
        </>
      )}
      <ApplicationHistory application={app} checklist={checklist} />
    </>
  );
}
