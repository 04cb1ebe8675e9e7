import { Permission } from '@rim/contracts';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client.js';
import type { Trajectory } from '../../../api/types.js';
import { useApiQuery } from '../../../api/use-api-query.js';
import { hasPermission, useSessionUser } from '../../../auth/auth.js';
import { Loading } from '../../../auth/guards.js';
import { ProblemAlert } from '../../ProblemAlert.js';
import { RUNNING_STATES } from '../trajectories.js';
import { AftercarePanel } from './AftercarePanel.js';
import { DeliveredHoursForm } from './DeliveredHoursForm.js';
import { EvaluationDecisionForm, EvaluationForm } from './EvaluationForms.js';
import { ExecutionOverview } from './ExecutionOverview.js';
import { IllnessForm } from './IllnessForm.js';
import { PlacementEndForm } from './PlacementEndForm.js';
import { PlacementForm } from './PlacementForm.js';
import { SatisfactionForm } from './SatisfactionForm.js';

/**
 * IC-7, IC-11, IC-12 on a running or finished trajectory: the overview for both sides; the provider records hours,
 * evaluations, placements, illness and aftercare; the coach decides a request to stop and records satisfaction.
 */
export function ExecutionPanel({ trajectory, onChanged }: { trajectory: Trajectory; onChanged(): void }) {
  const user = useSessionUser();
  const [generation, setGeneration] = useState(0);
  const execution = useApiQuery(`execution:${trajectory.id}:${trajectory.version}:${generation}`, (signal) =>
    unwrap(api.GET('/api/trajectories/{id}/execution', { params: { path: { id: trajectory.id } }, signal })),
  );
  if (!execution.data) return execution.status === 'error' ? <ProblemAlert error={execution.error} /> : <Loading />;
  const x = execution.data;
  const provider = hasPermission(user, Permission.TrajectoryWriteOwn);
  const coach = hasPermission(user, Permission.CaseManage);
  const running = RUNNING_STATES.includes(trajectory.status);
  const reporting = running || trajectory.status === 'ENDED' || trajectory.status === 'END_REPORT_RETURNED';
  const saved = () => {
    setGeneration((n) => n + 1);
    onChanged();
  };
  const step = { trajectory, onSaved: saved };
  const stopPending = x.evaluations.some((e) => e.stopRequested && e.decision === null);
  return (
    <>
      <ExecutionOverview execution={x} />
      {provider && reporting && <DeliveredHoursForm {...step} execution={x} />}
      {provider && running && trajectory.route === 'WERKFIT' && <EvaluationForm {...step} />}
      {coach && running && stopPending && <EvaluationDecisionForm {...step} />}
      {provider && trajectory.route !== 'WERKFIT' && <PlacementForm {...step} />}
      {provider && x.placements.filter((p) => p.end === null).map((p) => <PlacementEndForm key={p.id} {...step} placement={p} />)}
      {provider && <IllnessForm {...step} />}
      {(x.placements.length > 0 || x.aftercare) && <AftercarePanel trajectory={trajectory} aftercare={x.aftercare} editable={provider} onSaved={saved} />}
      {coach && trajectory.status === 'CLOSED' && x.satisfaction === null && <SatisfactionForm {...step} />}
    </>
  );
}
