import { Button, Heading3 } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../../api/client.js';
import { fieldErrorOf } from '../../../api/problem.js';
import type { Execution, Trajectory } from '../../../api/types.js';
import { useAction } from '../../../api/use-action.js';
import { useI18n } from '../../../i18n/i18n.js';
import { CodeSelect } from '../../CodeSelect.js';
import { TextField } from '../../fields.js';
import { ProblemAlert } from '../../ProblemAlert.js';
import { hundredths } from '../../tender/units.js';
import { useTrajectoryFormat } from '../format.js';

/** IC-7: hours delivered on a day for an activity of the plan in force; the total may not pass the planned hours. */
export function DeliveredHoursForm({ trajectory, execution, onSaved }: { trajectory: Trajectory; execution: Execution; onSaved(): void }) {
  const { t } = useI18n();
  const format = useTrajectoryFormat();
  const action = useAction();
  const [activityCode, setActivityCode] = useState('');
  const [on, setOn] = useState('');
  const [hours, setHours] = useState('');
  const [invalid, setInvalid] = useState(false);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = hundredths(hours);
    setInvalid(value === null);
    if (value === null) return;
    const body = { activityCode, on, hours: value / 100 };
    const saved = await action.run(() => unwrap(api.POST('/api/trajectories/{id}/delivered-hours', { params: { path: { id: trajectory.id } }, body })));
    if (saved) {
      setHours('');
      onSaved();
    }
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-busy={action.busy} className="rim-form" aria-labelledby="hours-title" data-testid="delivered-hours-form">
      <Heading3 id="hours-title">{t('hours.title')}</Heading3>
      {action.error && <ProblemAlert error={action.error} />}
      <CodeSelect
        id="hours-activity"
        label={t('hours.activity')}
        options={execution.deliveredHours.map((a) => ({ code: a.activityCode, label: format.code('activities', a.activityCode) }))}
        emptyLabel={t('form.chooseOption')}
        value={activityCode}
        onChange={setActivityCode}
        error={fieldErrorOf(action.error, 'activityCode')}
      />
      <TextField id="hours-on" type="date" label={t('hours.on')} value={on} onChange={setOn} error={fieldErrorOf(action.error, 'on')} />
      <TextField id="hours-hours" inputMode="decimal" label={t('hours.hours')} description={t('hours.hoursHint')} value={hours} onChange={setHours} error={invalid ? t('hours.invalid') : fieldErrorOf(action.error, 'hours')} />
      <Button type="submit" appearance="secondary-action-button" busy={action.busy} disabled={action.busy}>
        {t('hours.submit')}
      </Button>
    </form>
  );
}
