import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { api, unwrapEmpty } from '../../api/client.js';
import { fieldErrorOf } from '../../api/problem.js';
import { useCodeList } from '../../api/reference.js';
import type { Trajectory } from '../../api/types.js';
import { ifMatch, useAction } from '../../api/use-action.js';
import { useI18n } from '../../i18n/i18n.js';
import { CodeSelect } from '../CodeSelect.js';
import { TextAreaField, TextField } from '../fields.js';
import { ProblemAlert } from '../ProblemAlert.js';

/** IC-8: the end reasons a provider can give per service (a Werkfit return after the evaluation is the coach's decision). */
const PROVIDER_END_REASONS: Readonly<Record<string, readonly string[]>> = {
  WERKFIT: ['RESULT_ACHIEVED', 'MAX_DURATION', 'EARLY_RETURN'],
  NAAR_WERK: ['PLACEMENT', 'MAX_DURATION', 'EARLY_RETURN'],
  IRO: ['PLACEMENT', 'MAX_DURATION', 'EARLY_RETURN'],
};

/** IC-8: the provider ends the service with a coded reason; an early return names its own coded reason. */
export function EndForm({ trajectory, onSaved }: { trajectory: Trajectory; onSaved(): void }) {
  const { t } = useI18n();
  const action = useAction();
  const endReasons = useCodeList('end-reasons');
  const earlyReasons = useCodeList('early-return-reasons');
  const [endedOn, setEndedOn] = useState('');
  const [reason, setReason] = useState('');
  const [earlyReason, setEarlyReason] = useState('');
  const [earlyText, setEarlyText] = useState('');
  const allowed = PROVIDER_END_REASONS[trajectory.route] ?? [];
  const apiError = (field: string) => fieldErrorOf(action.error, field);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const early = reason === 'EARLY_RETURN';
    const body = {
      endedOn, reason,
      ...(early && earlyReason ? { earlyReturnReason: earlyReason } : {}),
      ...(early && earlyText.trim() ? { earlyReturnText: earlyText.trim() } : {}),
    };
    const done = await action.run(async () => {
      await unwrapEmpty(api.POST('/api/trajectories/{id}/end', { params: { path: { id: trajectory.id }, header: ifMatch(trajectory.version) }, body }));
      return true;
    });
    if (done) onSaved();
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-busy={action.busy} className="rim-form" aria-labelledby="end-title" data-testid="end-form">
      <Heading2 id="end-title">{t('end.title')}</Heading2>
      <Paragraph>{t('end.intro')}</Paragraph>
      {action.error && <ProblemAlert error={action.error} />}
      <TextField id="end-date" type="date" label={t('end.date')} value={endedOn} onChange={setEndedOn} error={apiError('endedOn')} />
      <CodeSelect
        id="end-reason"
        label={t('end.reason')}
        options={endReasons.options.filter((o) => allowed.includes(o.code))}
        busy={endReasons.loading}
        emptyLabel={t('form.chooseOption')}
        value={reason}
        onChange={setReason}
        error={apiError('reason')}
      />
      {reason === 'EARLY_RETURN' && (
        <>
          <CodeSelect id="end-early-reason" label={t('end.earlyReason')} options={earlyReasons.options} emptyLabel={t('form.chooseOption')} value={earlyReason} onChange={setEarlyReason} error={apiError('earlyReturnReason')} />
          <TextAreaField id="end-early-text" label={t('end.earlyText')} value={earlyText} onChange={setEarlyText} error={apiError('earlyReturnText')} />
        </>
      )}
      <Button type="submit" appearance="primary-action-button" busy={action.busy} disabled={action.busy}>
        {t('end.submit')}
      </Button>
    </form>
  );
}
