import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client.js';
import { fieldErrorOf } from '../../api/problem.js';
import type { Trajectory } from '../../api/types.js';
import { ifMatch, useAction } from '../../api/use-action.js';
import { useI18n } from '../../i18n/i18n.js';
import { TextAreaField } from '../fields.js';
import { ProblemAlert } from '../ProblemAlert.js';
import { CheckboxField } from './controls.js';
import { useTrajectoryFormat } from './format.js';

/** IC-6: with the client's consent to the approved plan recorded, the coach issues the purchase order (inkooporder). */
export function PurchaseOrderForm({ trajectory, onSaved }: { trajectory: Trajectory; onSaved(): void }) {
  const { t } = useI18n();
  const format = useTrajectoryFormat();
  const action = useAction();
  const [consent, setConsent] = useState(false);
  const [note, setNote] = useState('');
  const plan = trajectory.plans.at(-1);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const saved = await action.run(() =>
      unwrap(api.POST('/api/trajectories/{id}/purchase-order', { params: { path: { id: trajectory.id }, header: ifMatch(trajectory.version) }, body: { clientConsent: consent, consentNote: note.trim() } })),
    );
    if (saved) onSaved();
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-busy={action.busy} className="rim-form" aria-labelledby="order-title" data-testid="purchase-order-form">
      <Heading2 id="order-title">{t('order.title')}</Heading2>
      {plan && <Paragraph>{t('order.intro', { version: plan.versionNo, amount: format.euros(plan.priceCents) })}</Paragraph>}
      {action.error && <ProblemAlert error={action.error} />}
      <CheckboxField id="order-consent" label={t('order.consent')} checked={consent} onChange={setConsent} error={fieldErrorOf(action.error, 'clientConsent')} />
      <TextAreaField id="order-note" label={t('order.note')} description={t('order.noteHint')} value={note} onChange={setNote} error={fieldErrorOf(action.error, 'consentNote')} />
      <Button type="submit" appearance="primary-action-button" busy={action.busy} disabled={action.busy}>
        {t('order.submit')}
      </Button>
    </form>
  );
}
