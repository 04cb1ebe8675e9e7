import { Button, ButtonGroup, Fieldset, FieldsetLegend, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client.js';
import { fieldErrorOf } from '../../api/problem.js';
import { useCodeList } from '../../api/reference.js';
import type { Trajectory } from '../../api/types.js';
import { ifMatch, useAction } from '../../api/use-action.js';
import { useI18n } from '../../i18n/i18n.js';
import { CodeSelect } from '../CodeSelect.js';
import { focusFirst, TextAreaField, TextField, wholeNumber } from '../fields.js';
import { ProblemAlert } from '../ProblemAlert.js';
import { eurosToCents } from '../tender/units.js';
import { activityPrefix } from './trajectories.js';

interface Row {
  code: string;
  hours: string;
}

/**
 * IC-5: the provider's re-integration plan: activities from the code list with their hours, the duration, and for an
 * IRO the quote. A revision (after the coach asked for changes) or a mid-way adjustment starts from the last version.
 */
export function PlanForm({ trajectory, onSaved }: { trajectory: Trajectory; onSaved(): void }) {
  const { t } = useI18n();
  const action = useAction();
  const activities = useCodeList('activities');
  const last = trajectory.plans.at(-1);
  const [rows, setRows] = useState<Row[]>(last ? last.activities.map((a) => ({ code: a.code, hours: String(a.hours) })) : [{ code: '', hours: '' }]);
  const [duration, setDuration] = useState(last ? String(last.durationMonths) : '');
  const [justification, setJustification] = useState('');
  const [quote, setQuote] = useState('');
  const [bonus, setBonus] = useState('');
  const [invalid, setInvalid] = useState<Set<string>>(new Set());
  const iro = trajectory.route === 'IRO';
  const options = activities.options.filter((o) => o.code.startsWith(activityPrefix(trajectory.route)));
  const setRow = (index: number, change: Partial<Row>) => setRows((all) => all.map((r, i) => (i === index ? { ...r, ...change } : r)));
  const apiError = (field: string) => fieldErrorOf(action.error, field);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = new Set<string>();
    rows.forEach((r, i) => {
      if (!r.code) found.add(`plan-activity-${i}`);
      if (wholeNumber(r.hours) === null) found.add(`plan-hours-${i}`);
    });
    if (wholeNumber(duration) === null) found.add('plan-duration');
    const quoteCents = iro ? eurosToCents(quote) : null;
    if (iro && quoteCents === null) found.add('plan-quote');
    const bonusCents = iro && bonus.trim() ? eurosToCents(bonus) : null;
    if (iro && bonus.trim() && bonusCents === null) found.add('plan-bonus');
    setInvalid(found);
    if (found.size) {
      focusFirst([...found]);
      return;
    }
    const body = {
      activities: rows.map((r) => ({ code: r.code, hours: wholeNumber(r.hours)! })),
      durationMonths: wholeNumber(duration)!,
      ...(justification.trim() ? { exceptionJustification: justification.trim() } : {}),
      ...(quoteCents !== null ? { quoteCents } : {}),
      ...(bonusCents !== null ? { placementBonusCents: bonusCents } : {}),
    };
    const saved = await action.run(() => unwrap(api.POST('/api/trajectories/{id}/plans', { params: { path: { id: trajectory.id }, header: ifMatch(trajectory.version) }, body })));
    if (saved) onSaved();
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-busy={action.busy} className="rim-form rim-form--wide" aria-labelledby="plan-form-title" data-testid="plan-form">
      <Heading2 id="plan-form-title">{trajectory.status === 'ORDERED' ? t('plan.form.adjust') : last ? t('plan.form.revise') : t('plan.form.title')}</Heading2>
      <Paragraph>{iro ? t('plan.form.introIro') : t('plan.form.intro')}</Paragraph>
      {action.error && <ProblemAlert error={action.error} />}
      <Fieldset invalid={Boolean(apiError('activities'))} data-testid="plan-activities">
        <FieldsetLegend>{t('plan.form.activities')}</FieldsetLegend>
        {apiError('activities') && <Paragraph className="utrecht-form-field-error-message">{apiError('activities')}</Paragraph>}
        {rows.map((row, i) => (
          <div key={i} className="rim-inline-fields" data-testid="plan-activity-row">
            <CodeSelect
              id={`plan-activity-${i}`}
              label={t('plan.form.activity', { n: i + 1 })}
              options={options}
              busy={activities.loading}
              emptyLabel={t('form.chooseOption')}
              value={row.code}
              onChange={(code) => setRow(i, { code })}
              error={invalid.has(`plan-activity-${i}`) ? t('form.choose') : apiError(`activities[${i}].code`)}
            />
            <TextField
              id={`plan-hours-${i}`}
              inputMode="numeric"
              label={t('plan.form.hours', { n: i + 1 })}
              value={row.hours}
              onChange={(hours) => setRow(i, { hours })}
              error={invalid.has(`plan-hours-${i}`) ? t('form.wholeNumber') : apiError(`activities[${i}].hours`)}
            />
            {rows.length > 1 && (
              <Button appearance="subtle-button" onClick={() => setRows((all) => all.filter((_, j) => j !== i))}>
                {t('plan.form.remove', { n: i + 1 })}
              </Button>
            )}
          </div>
        ))}
        <ButtonGroup>
          <Button appearance="secondary-action-button" onClick={() => setRows((all) => [...all, { code: '', hours: '' }])}>
            {t('plan.form.add')}
          </Button>
        </ButtonGroup>
      </Fieldset>
      <TextField id="plan-duration" inputMode="numeric" label={t('plan.form.duration')} value={duration} onChange={setDuration} error={invalid.has('plan-duration') ? t('form.wholeNumber') : apiError('durationMonths')} />
      {iro && (
        <>
          <TextField id="plan-quote" inputMode="decimal" label={t('plan.form.quote')} description={t('plan.form.quoteHint')} value={quote} onChange={setQuote} error={invalid.has('plan-quote') ? t('plan.form.euros') : apiError('quoteCents')} />
          <TextField id="plan-bonus" inputMode="decimal" label={t('plan.form.bonus')} description={t('plan.form.bonusHint')} value={bonus} onChange={setBonus} error={invalid.has('plan-bonus') ? t('plan.form.euros') : apiError('placementBonusCents')} />
        </>
      )}
      <TextAreaField id="plan-justification" label={t('plan.form.justification')} description={t('plan.form.justificationHint')} value={justification} onChange={setJustification} error={apiError('exceptionJustification')} />
      <Button type="submit" appearance="primary-action-button" busy={action.busy} disabled={action.busy}>
        {t('plan.form.submit')}
      </Button>
    </form>
  );
}
