import { Button, Heading3 } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../../api/client.js';
import { fieldErrorOf } from '../../../api/problem.js';
import type { PlacementInput, Trajectory } from '../../../api/types.js';
import { useAction } from '../../../api/use-action.js';
import { useI18n } from '../../../i18n/i18n.js';
import { CodeSelect } from '../../CodeSelect.js';
import { TextField, wholeNumber } from '../../fields.js';
import { ProblemAlert } from '../../ProblemAlert.js';
import { hundredths } from '../../tender/units.js';

type ContractType = PlacementInput['contract']['type'];
const CONTRACT_TYPES: readonly ContractType[] = ['FIXED_TERM', 'INDEFINITE', 'SELF_EMPLOYED'];

/** IC-7: a placement: the contract (fixed-term with its months, indefinite, or self-employed), hours per week, start. */
export function PlacementForm({ trajectory, onSaved }: { trajectory: Trajectory; onSaved(): void }) {
  const { t } = useI18n();
  const action = useAction();
  const [type, setType] = useState<ContractType | ''>('');
  const [months, setMonths] = useState('');
  const [hours, setHours] = useState('');
  const [start, setStart] = useState('');
  const [invalid, setInvalid] = useState<Set<string>>(new Set());
  const apiError = (field: string) => fieldErrorOf(action.error, field);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = new Set<string>();
    if (!type) found.add('type');
    if (type === 'FIXED_TERM' && wholeNumber(months) === null) found.add('months');
    const perWeek = hundredths(hours);
    if (perWeek === null) found.add('hours');
    setInvalid(found);
    if (found.size || !type || perWeek === null) return;
    const body: PlacementInput = { contract: { type, ...(type === 'FIXED_TERM' ? { months: wholeNumber(months)! } : {}) }, hoursPerWeek: perWeek / 100, start };
    const saved = await action.run(() => unwrap(api.POST('/api/trajectories/{id}/placements', { params: { path: { id: trajectory.id } }, body })));
    if (saved) onSaved();
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-busy={action.busy} className="rim-form" aria-labelledby="placement-title" data-testid="placement-form">
      <Heading3 id="placement-title">{t('placement.form')}</Heading3>
      {action.error && <ProblemAlert error={action.error} />}
      <CodeSelect
        id="placement-type"
        label={t('placement.col.contract')}
        options={CONTRACT_TYPES.map((c) => ({ code: c, label: t(`placement.contract.${c}`) }))}
        emptyLabel={t('form.chooseOption')}
        value={type}
        onChange={(c) => setType(c as ContractType)}
        error={invalid.has('type') ? t('form.choose') : apiError('contract.type') ?? apiError('contract')}
      />
      {type === 'FIXED_TERM' && (
        <TextField id="placement-months" inputMode="numeric" label={t('placement.contractMonths')} value={months} onChange={setMonths} error={invalid.has('months') ? t('form.wholeNumber') : apiError('contract.months')} />
      )}
      <TextField id="placement-hours" inputMode="decimal" label={t('placement.col.hours')} value={hours} onChange={setHours} error={invalid.has('hours') ? t('hours.invalid') : apiError('hoursPerWeek')} />
      <TextField id="placement-start" type="date" label={t('placement.col.start')} value={start} onChange={setStart} error={apiError('start')} />
      <Button type="submit" appearance="secondary-action-button" busy={action.busy} disabled={action.busy}>
        {t('placement.submit')}
      </Button>
    </form>
  );
}
