import { Button, Heading3 } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { api, unwrapEmpty } from '../../../api/client.js';
import { fieldErrorOf } from '../../../api/problem.js';
import type { Trajectory } from '../../../api/types.js';
import { useAction } from '../../../api/use-action.js';
import { useI18n } from '../../../i18n/i18n.js';
import { TextField, wholeNumber } from '../../fields.js';
import { ProblemAlert } from '../../ProblemAlert.js';

/** IC-11: the client's satisfaction with a completed trajectory, 1–10. */
export function SatisfactionForm({ trajectory, onSaved }: { trajectory: Trajectory; onSaved(): void }) {
  const { t } = useI18n();
  const action = useAction();
  const [score, setScore] = useState('');
  const [invalid, setInvalid] = useState(false);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = wholeNumber(score);
    setInvalid(value === null);
    if (value === null) return;
    const done = await action.run(async () => {
      await unwrapEmpty(api.POST('/api/trajectories/{id}/satisfaction', { params: { path: { id: trajectory.id } }, body: { score: value } }));
      return true;
    });
    if (done) onSaved();
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-busy={action.busy} className="rim-form" aria-labelledby="satisfaction-title" data-testid="satisfaction-form">
      <Heading3 id="satisfaction-title">{t('satisfaction.title')}</Heading3>
      {action.error && <ProblemAlert error={action.error} />}
      <TextField id="satisfaction-score" inputMode="numeric" label={t('satisfaction.score')} value={score} onChange={setScore} error={invalid ? t('form.wholeNumber') : fieldErrorOf(action.error, 'score')} />
      <Button type="submit" appearance="secondary-action-button" busy={action.busy} disabled={action.busy}>
        {t('satisfaction.submit')}
      </Button>
    </form>
  );
}
