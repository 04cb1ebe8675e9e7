import { StatusBadge } from '@utrecht/component-library-react';
import { useTrajectoryFormat } from './format.js';

const TONES: Readonly<Record<string, 'neutral' | 'active' | 'success' | 'warning' | 'danger' | 'inactive'>> = {
  PLAN_REQUESTED: 'neutral',
  PLAN_SUBMITTED: 'active',
  CHANGES_REQUESTED: 'warning',
  AWAITING_SECOND_APPROVAL: 'active',
  ADJUSTMENT_SUBMITTED: 'active',
  APPROVED: 'success',
  REJECTED: 'danger',
  WITHDRAWN: 'inactive',
  ORDERED: 'success',
  ENDED: 'warning',
  END_REPORT_SUBMITTED: 'active',
  END_REPORT_RETURNED: 'warning',
  CLOSED: 'inactive',
};

export function TrajectoryStatusTag({ status }: { status: string }) {
  const format = useTrajectoryFormat();
  return (
    <StatusBadge status={TONES[status] ?? 'neutral'} className="rim-status" data-testid="trajectory-status" data-status={status}>
      {format.status(status)}
    </StatusBadge>
  );
}
