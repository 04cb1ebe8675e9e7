import { Button, Heading3 } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../../api/client.js';
import { fieldErrorOf } from '../../../api/problem.js';
import type { Trajectory } from '../../../api/types.js';
import { useAction } from '../../../api/use-action.js';
import { useI18n } from '../../../i18n/i18n.js';
import { TextField } from '../../fields.js';
import { ProblemAlert } from '../../ProblemAlert.js';

/** IC-7, IC-9: an illness interruption; it extends the three months a placement must last. */
export function IllnessForm({ trajectory, onSaved }: { trajectory: Trajectory; onSaved(): void }) {
  const { t } = useI18n();
  const action = useAction();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const saved = await action.run(() => unwrap(api.POST('/api/trajectories/{id}/illness', { params: { path: { id: trajectory.id } }, body: { from, to } })));
    if (saved) onSaved();
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-busy={action.busy} className="rim-form" aria-labelledby="illness-title" data-testid="illness-form">
      <Heading3 id="illness-title">{t('illness.form')}</Heading3>
      {action.error && <ProblemAlert error={action.error} />}
      <TextField id="illness-from" type="date" label={t('illness.from')} value={from} onChange={setFrom} error={fieldErrorOf(action.error, 'from')} />
      <TextField id="illness-to" type="date" label={t('illness.to')} value={to} onChange={setTo} error={fieldErrorOf(action.error, 'to')} />
      <Button type="submit" appearance="secondary-action-button" busy={action.busy} disabled={action.busy}>
        {t('illness.submit')}
      </Button>
    </form>
  );
}
