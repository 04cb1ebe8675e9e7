import { Button } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../../api/client.js';
import { fieldErrorOf } from '../../../api/problem.js';
import type { Execution, Trajectory } from '../../../api/types.js';
import { useAction } from '../../../api/use-action.js';
import { useI18n } from '../../../i18n/i18n.js';
import { TextField } from '../../fields.js';
import { ProblemAlert } from '../../ProblemAlert.js';
import { useTrajectoryFormat } from '../format.js';

type Placement = Execution['placements'][number];

/** IC-7, IC-9: the day a placement's work ended; whether it lasted three months decides the Naar werk success. */
export function PlacementEndForm({ trajectory, placement, onSaved }: { trajectory: Trajectory; placement: Placement; onSaved(): void }) {
  const { t, formatDate } = useI18n();
  const format = useTrajectoryFormat();
  const action = useAction();
  const [end, setEnd] = useState('');
  const name = t('placement.ofStart', { contract: format.contract(placement.contractType, placement.contractMonths), start: formatDate(placement.start) });
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const saved = await action.run(() => unwrap(api.POST('/api/trajectories/{id}/placements/{placementId}/end', { params: { path: { id: trajectory.id, placementId: placement.id } }, body: { end } })));
    if (saved) onSaved();
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-busy={action.busy} className="rim-form" aria-label={t('placement.endFor', { name })} data-testid="placement-end-form">
      {action.error && <ProblemAlert error={action.error} />}
      <TextField id={`placement-end-${placement.id}`} type="date" label={t('placement.endFor', { name })} value={end} onChange={setEnd} error={fieldErrorOf(action.error, 'end')} />
      <Button type="submit" appearance="secondary-action-button" busy={action.busy} disabled={action.busy}>
        {t('placement.end')}
      </Button>
    </form>
  );
}
