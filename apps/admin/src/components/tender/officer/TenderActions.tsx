import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../../api/client.js';
import type { Tender, TenderStatus } from '../../../api/types.js';
import { ifMatch, useAction } from '../../../api/use-action.js';
import { useI18n, type MessageKey } from '../../../i18n/i18n.js';
import { TextAreaField } from '../../fields.js';
import { ProblemAlert } from '../../ProblemAlert.js';

type Step = Exclude<TenderStatus, 'CONTRACTED' | 'CANCELLED'>;

interface NextAction {
  label: MessageKey;
  hint: MessageKey;
  /** Instant before which the API answers TENDER_TOO_EARLY (shown, not enforced here: the API decides). */
  notBefore?(tender: Tender): string;
  run(tender: Tender): Promise<{ message?: MessageKey }>;
}

const post = async (call: Promise<{ data?: unknown; error?: unknown; response: Response }>) => {
  await unwrap(call);
  return {};
};
const path = (tender: Tender) => ({ params: { path: { id: tender.id } } });

/** TD-9: the one officer action that moves the tender on from each state. */
const NEXT: Readonly<Record<Step, NextAction>> = {
  DRAFT: { label: 'tender.action.publish', hint: 'tender.hint.publish', run: (t) => post(api.POST('/api/tenders/{id}/publish', { params: { path: { id: t.id }, header: ifMatch(t.version) } })) },
  PUBLISHED: { label: 'tender.action.closeSelection', hint: 'tender.hint.closeSelection', notBefore: (t) => t.selectionDeadlineAt, run: (t) => post(api.POST('/api/tenders/{id}/close-selection', path(t))) },
  SELECTION: { label: 'tender.action.publishShortlist', hint: 'tender.hint.publishShortlist', run: (t) => post(api.POST('/api/tenders/{id}/publish-shortlist', path(t))) },
  AWARD_PHASE: {
    label: 'tender.action.open', hint: 'tender.hint.open', notBefore: (t) => t.bidDeadlineAt,
    run: async (t) => {
      const opening = await unwrap(api.POST('/api/tenders/{id}/opening', path(t)));
      return opening.outcome === 'AWAITING_SECOND_OFFICER' ? { message: 'tender.awaitingSecondOfficer' } : {};
    },
  },
  OPENED: { label: 'tender.action.completeEvaluation', hint: 'tender.hint.completeEvaluation', run: (t) => post(api.POST('/api/tenders/{id}/complete-evaluation', path(t))) },
  EVALUATED: { label: 'tender.action.decideAward', hint: 'tender.hint.decideAward', run: (t) => post(api.POST('/api/tenders/{id}/award-decision', path(t))) },
  AWARD_DECIDED: { label: 'tender.action.notify', hint: 'tender.hint.notify', run: (t) => post(api.POST('/api/tenders/{id}/award-notification', path(t))) },
  STANDSTILL: { label: 'tender.action.contract', hint: 'tender.hint.contract', run: (t) => post(api.POST('/api/tenders/{id}/contracts', path(t))) },
};

function CancelForm({ tender, onChanged }: { tender: Tender; onChanged(): void }) {
  const { t } = useI18n();
  const action = useAction();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<MessageKey | null>(null);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (reason.trim().length < 5) {
      setError('tender.error.cancelReason');
      return;
    }
    setError(null);
    const done = await action.run(() => unwrap(api.POST('/api/tenders/{id}/cancel', { params: { path: { id: tender.id } }, body: { reason: reason.trim() } })));
    if (done) onChanged();
  }
  return (
    <details className="rim-details">
      <summary>{t('tender.cancelTitle')}</summary>
      <form onSubmit={onSubmit} noValidate aria-busy={action.busy} className="rim-form" aria-label={t('tender.cancelTitle')}>
        {action.error && <ProblemAlert error={action.error} />}
        <TextAreaField id="tender-cancel-reason" label={t('tender.cancelReason')} value={reason} onChange={setReason} error={error ? t(error) : null} />
        <Button type="submit" appearance="secondary-action-button" busy={action.busy} disabled={action.busy}>
          {t('tender.cancel')}
        </Button>
      </form>
    </details>
  );
}

/** "What can be done now": the state's next step with its earliest moment, and cancelling while the tender is open. */
export function TenderActions({ tender, onChanged }: { tender: Tender; onChanged(): void }) {
  const { t, formatDateTime } = useI18n();
  const action = useAction();
  const [message, setMessage] = useState<MessageKey | null>(null);
  if (tender.status === 'CONTRACTED' || tender.status === 'CANCELLED') return null;
  const next = NEXT[tender.status];
  async function go() {
    setMessage(null);
    const result = await action.run(() => next.run(tender));
    if (result) {
      setMessage(result.message ?? null);
      onChanged();
    }
  }
  return (
    <section aria-labelledby="tender-actions-title" className="rim-card" data-testid="tender-actions">
      <Heading2 id="tender-actions-title">{t('tender.actionsTitle')}</Heading2>
      <Paragraph>{t(next.hint)}</Paragraph>
      {next.notBefore && <Paragraph data-testid="action-not-before">{t('tender.notBefore', { time: formatDateTime(next.notBefore(tender)) })}</Paragraph>}
      {action.error && <ProblemAlert error={action.error} />}
      {message && (
        <Alert type="info" role="status" data-testid="action-message">
          <Paragraph>{t(message)}</Paragraph>
        </Alert>
      )}
      <Button type="button" appearance="primary-action-button" busy={action.busy} disabled={action.busy} onClick={() => void go()} data-testid="tender-next-action">
        {t(next.label)}
      </Button>
      <CancelForm tender={tender} onChanged={onChanged} />
    </section>
  );
}
