import { Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../../api/client.js';
import { fieldErrorOf } from '../../../api/problem.js';
import type { Aftercare, Trajectory } from '../../../api/types.js';
import { useAction } from '../../../api/use-action.js';
import { useI18n } from '../../../i18n/i18n.js';
import { CodeSelect } from '../../CodeSelect.js';
import { TextAreaField, TextField } from '../../fields.js';
import { ProblemAlert } from '../../ProblemAlert.js';
import { CheckboxField } from '../controls.js';

interface AftercareProps {
  trajectory: Trajectory;
  aftercare: Aftercare | null;
  /** Only the provider records aftercare; the coach reads it. */
  editable: boolean;
  onSaved(): void;
}

/** IC-12: aftercare after a placement: two conversations and a workplace visit at least; up to 24 months for learning-while-working. */
export function AftercarePanel({ trajectory, aftercare, editable, onSaved }: AftercareProps) {
  const { t, formatDate } = useI18n();
  const action = useAction();
  const [learning, setLearning] = useState(false);
  const [agreementEnd, setAgreementEnd] = useState('');
  const [kind, setKind] = useState('');
  const [on, setOn] = useState('');
  const [note, setNote] = useState('');
  const params = { path: { id: trajectory.id } };
  const apiError = (field: string) => fieldErrorOf(action.error, field);
  async function start(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { learningWhileWorking: learning, ...(learning && agreementEnd ? { learnWorkAgreementEnd: agreementEnd } : {}) };
    if (await action.run(() => unwrap(api.POST('/api/trajectories/{id}/aftercare', { params, body })))) onSaved();
  }
  async function addEvent(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { kind: kind as 'CONVERSATION' | 'WORKPLACE_VISIT', on, note: note.trim() };
    if (await action.run(() => unwrap(api.POST('/api/trajectories/{id}/aftercare/events', { params, body })))) onSaved();
  }
  async function complete() {
    if (await action.run(() => unwrap(api.POST('/api/trajectories/{id}/aftercare/complete', { params })))) onSaved();
  }
  return (
    <section aria-labelledby="aftercare-title" data-testid="aftercare">
      <Heading3 id="aftercare-title">{t('aftercare.title')}</Heading3>
      {action.error && <ProblemAlert error={action.error} />}
      {aftercare ? (
        <>
          <Paragraph data-testid="aftercare-summary">
            {t('aftercare.summary', { start: formatDate(aftercare.start), end: aftercare.maxEnd ? formatDate(aftercare.maxEnd) : '—' })}
            {aftercare.completedOn && ` ${t('aftercare.completed', { date: formatDate(aftercare.completedOn) })}`}
          </Paragraph>
          <ul data-testid="aftercare-events">
            {aftercare.events.map((e, i) => (
              <li key={i}>{t('aftercare.event', { kind: t(e.kind === 'CONVERSATION' ? 'aftercare.CONVERSATION' : 'aftercare.WORKPLACE_VISIT'), date: formatDate(e.on), note: e.note })}</li>
            ))}
          </ul>
          {editable && !aftercare.completedOn && (
            <>
              <form onSubmit={addEvent} noValidate aria-busy={action.busy} className="rim-form" aria-label={t('aftercare.addEvent')} data-testid="aftercare-event-form">
                <CodeSelect id="aftercare-kind" label={t('aftercare.kind')} options={(['CONVERSATION', 'WORKPLACE_VISIT'] as const).map((k) => ({ code: k, label: t(`aftercare.${k}`) }))} emptyLabel={t('form.chooseOption')} value={kind} onChange={setKind} error={apiError('kind')} />
                <TextField id="aftercare-on" type="date" label={t('aftercare.on')} value={on} onChange={setOn} error={apiError('on')} />
                <TextAreaField id="aftercare-note" label={t('aftercare.note')} value={note} onChange={setNote} error={apiError('note')} />
                <Button type="submit" appearance="secondary-action-button" busy={action.busy} disabled={action.busy}>
                  {t('aftercare.addEvent')}
                </Button>
              </form>
              <Button appearance="secondary-action-button" busy={action.busy} disabled={action.busy} onClick={() => void complete()}>
                {t('aftercare.complete')}
              </Button>
            </>
          )}
        </>
      ) : editable ? (
        <form onSubmit={start} noValidate aria-busy={action.busy} className="rim-form" aria-label={t('aftercare.start')} data-testid="aftercare-start-form">
          <CheckboxField id="aftercare-learning" label={t('aftercare.learning')} checked={learning} onChange={setLearning} error={apiError('learningWhileWorking')} />
          {learning && <TextField id="aftercare-agreement-end" type="date" label={t('aftercare.agreementEnd')} value={agreementEnd} onChange={setAgreementEnd} error={apiError('learnWorkAgreementEnd')} />}
          <Button type="submit" appearance="secondary-action-button" busy={action.busy} disabled={action.busy}>
            {t('aftercare.start')}
          </Button>
        </form>
      ) : (
        <Paragraph>{t('aftercare.none')}</Paragraph>
      )}
    </section>
  );
}
