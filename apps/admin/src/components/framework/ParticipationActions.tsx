import { Button, Checkbox, FormField, FormLabel, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client.js';
import type { Participation } from '../../api/types.js';
import { ifMatch, useAction } from '../../api/use-action.js';
import { useI18n, type MessageKey } from '../../i18n/i18n.js';
import { focusFirst, TextAreaField, TextField } from '../fields.js';
import { ProblemAlert } from '../ProblemAlert.js';

export type ParticipationActionKind = 'suspend' | 'reinstate' | 'delist';

interface ParticipationActionFormProps {
  kind: ParticipationActionKind;
  participation: Participation;
  lotLabel: string;
  onDone(): void;
  onCancel(): void;
}

/** The suspension ends at the start of the chosen day, Dutch time (the browser's clock shows the officer that day). */
function startOfDay(date: string): string {
  return new Date(`${date}T00:00:00`).toISOString();
}

/** FW-6: suspend (time-boxed, with reason), reinstate, or de-list (final, confirmed) one participant. */
export function ParticipationActionForm({ kind, participation, lotLabel, onDone, onCancel }: ParticipationActionFormProps) {
  const { t } = useI18n();
  const action = useAction();
  const [until, setUntil] = useState('');
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<'until' | 'reason' | 'confirm', MessageKey>>>({});
  const id = `participation-${kind}`;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: typeof errors = {};
    if (kind === 'suspend' && !until) found.until = 'participants.error.until';
    if (!reason.trim()) found.reason = 'participants.error.reason';
    if (kind === 'delist' && !confirmed) found.confirm = 'participants.error.confirm';
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirst((['until', 'reason', 'confirm'] as const).filter((f) => found[f]).map((f) => `${id}-${f}`));
      return;
    }
    const path = { id: participation.id };
    const header = ifMatch(participation.version);
    const body = { reason: reason.trim() };
    const done = await action.run(() => {
      switch (kind) {
        case 'suspend':
          return unwrap(api.POST('/api/participations/{id}/suspend', { params: { path, header }, body: { ...body, until: startOfDay(until) } }));
        case 'reinstate':
          return unwrap(api.POST('/api/participations/{id}/reinstate', { params: { path, header }, body }));
        case 'delist':
          return unwrap(api.POST('/api/participations/{id}/delist', { params: { path, header }, body }));
      }
    });
    if (done) onDone();
  }

  return (
    <section aria-labelledby={`${id}-title`} className="rim-card" data-testid="participation-action">
      <Heading2 id={`${id}-title`}>{t(`participants.${kind}Title`, { provider: participation.providerName, lot: lotLabel })}</Heading2>
      <Paragraph>{t(`participants.${kind}Intro`)}</Paragraph>
      {action.error && <ProblemAlert error={action.error} />}
      <form onSubmit={onSubmit} noValidate aria-busy={action.busy} className="rim-form">
        {kind === 'suspend' && (
          <TextField
            id={`${id}-until`}
            type="date"
            label={t('participants.until')}
            description={t('participants.untilHint')}
            value={until}
            onChange={setUntil}
            error={errors.until ? t(errors.until) : null}
          />
        )}
        <TextAreaField id={`${id}-reason`} label={t('participants.reason')} description={t('participants.reasonHint')} value={reason} onChange={setReason} error={errors.reason ? t(errors.reason) : null} />
        {kind === 'delist' && (
          <FormField
            type="checkbox"
            invalid={Boolean(errors.confirm)}
            label={
              <FormLabel htmlFor={`${id}-confirm`} type="checkbox" checked={confirmed}>
                {t('participants.delistConfirm', { provider: participation.providerName })}
              </FormLabel>
            }
            errorMessage={errors.confirm ? <p className="utrecht-form-field-error-message">{t(errors.confirm)}</p> : undefined}
            input={<Checkbox id={`${id}-confirm`} checked={confirmed} invalid={Boolean(errors.confirm)} onChange={(event) => setConfirmed(event.target.checked)} />}
          />
        )}
        <div className="rim-actions">
          <Button type="submit" appearance="primary-action-button" hint={kind === 'delist' ? 'danger' : undefined} busy={action.busy} disabled={action.busy} data-testid={`${id}-submit`}>
            {t(`participants.${kind}Submit`)}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
