import { Button, Heading3 } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../../api/client.js';
import { fieldErrorOf } from '../../../api/problem.js';
import type { Trajectory } from '../../../api/types.js';
import { ifMatch, useAction } from '../../../api/use-action.js';
import { useI18n } from '../../../i18n/i18n.js';
import { CodeSelect } from '../../CodeSelect.js';
import { TextAreaField } from '../../fields.js';
import { ProblemAlert } from '../../ProblemAlert.js';
import { CheckboxField } from '../controls.js';
import { RadioChoice } from '../RadioChoice.js';

interface StepProps {
  trajectory: Trajectory;
  onSaved(): void;
}

/** IC-7, Werkfit: the evaluation at 3 or 6 months, where the provider may ask to stop. */
export function EvaluationForm({ trajectory, onSaved }: StepProps) {
  const { t } = useI18n();
  const action = useAction();
  const [moment, setMoment] = useState('');
  const [progress, setProgress] = useState('');
  const [stop, setStop] = useState(false);
  const [reason, setReason] = useState('');
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { moment: Number(moment) as 3 | 6, progress: progress.trim(), stopRequested: stop, ...(stop && reason.trim() ? { stopReason: reason.trim() } : {}) };
    const saved = await action.run(() => unwrap(api.POST('/api/trajectories/{id}/evaluation', { params: { path: { id: trajectory.id } }, body })));
    if (saved) onSaved();
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-busy={action.busy} className="rim-form" aria-labelledby="evaluation-form-title" data-testid="evaluation-form">
      <Heading3 id="evaluation-form-title">{t('evaluationMoment.form')}</Heading3>
      {action.error && <ProblemAlert error={action.error} />}
      <CodeSelect id="evaluation-moment" label={t('evaluationMoment.moment')} options={['3', '6'].map((m) => ({ code: m, label: t('plan.months', { n: m }) }))} emptyLabel={t('form.chooseOption')} value={moment} onChange={setMoment} error={fieldErrorOf(action.error, 'moment')} />
      <TextAreaField id="evaluation-progress" label={t('evaluationMoment.progress')} value={progress} onChange={setProgress} error={fieldErrorOf(action.error, 'progress')} />
      <CheckboxField id="evaluation-stop" label={t('evaluationMoment.stop')} checked={stop} onChange={setStop} error={fieldErrorOf(action.error, 'stopRequested')} />
      {stop && <TextAreaField id="evaluation-stop-reason" label={t('evaluationMoment.stopReason')} value={reason} onChange={setReason} error={fieldErrorOf(action.error, 'stopReason')} />}
      <Button type="submit" appearance="secondary-action-button" busy={action.busy} disabled={action.busy}>
        {t('evaluationMoment.submit')}
      </Button>
    </form>
  );
}

/** IC-7: the coach decides on the provider's request to stop; stopping ends the trajectory (returned after the evaluation). */
export function EvaluationDecisionForm({ trajectory, onSaved }: StepProps) {
  const { t } = useI18n();
  const action = useAction();
  const [verdict, setVerdict] = useState('');
  const [comment, setComment] = useState('');
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { stop: verdict === 'STOP', comment: comment.trim() };
    const saved = await action.run(() => unwrap(api.POST('/api/trajectories/{id}/evaluation-decision', { params: { path: { id: trajectory.id }, header: ifMatch(trajectory.version) }, body })));
    if (saved) onSaved();
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-busy={action.busy} className="rim-form" aria-labelledby="evaluation-decision-title" data-testid="evaluation-decision-form">
      <Heading3 id="evaluation-decision-title">{t('evaluationMoment.decision')}</Heading3>
      {action.error && <ProblemAlert error={action.error} />}
      <RadioChoice
        id="evaluation-verdict"
        legend={t('evaluationMoment.decision')}
        options={[{ code: 'CONTINUE', label: t('evaluationMoment.continue') }, { code: 'STOP', label: t('evaluationMoment.stopNow') }]}
        value={verdict}
        onChange={setVerdict}
        error={fieldErrorOf(action.error, 'stop')}
      />
      <TextAreaField id="evaluation-comment" label={t('planReview.comment')} value={comment} onChange={setComment} error={fieldErrorOf(action.error, 'comment')} />
      <Button type="submit" appearance="primary-action-button" busy={action.busy} disabled={action.busy}>
        {t('planReview.submit')}
      </Button>
    </form>
  );
}
