import { StatusBadge } from '@utrecht/component-library-react';
import type { ApplicationStatus, EffectiveStatus, EvidenceStatus } from '../../api/types.js';
import { useI18n, type MessageKey } from '../../i18n/i18n.js';

type Tone = 'neutral' | 'active' | 'success' | 'warning' | 'danger' | 'inactive';

const APPLICATION_TONES: Readonly<Record<ApplicationStatus, Tone>> = {
  DRAFT: 'neutral',
  SUBMITTED: 'active',
  IN_REVIEW: 'active',
  INFO_REQUESTED: 'warning',
  ADMITTED: 'success',
  REJECTED: 'danger',
  WITHDRAWN: 'inactive',
};

const PARTICIPATION_TONES: Readonly<Record<EffectiveStatus, Tone>> = {
  ACTIVE: 'success',
  SUSPENDED: 'warning',
  TERMS_NOT_ACCEPTED: 'warning',
  DELISTED: 'danger',
};

const EVIDENCE_TONES: Readonly<Record<EvidenceStatus, Tone>> = {
  PENDING: 'neutral',
  ACCEPTED: 'success',
  REJECTED: 'danger',
};

type StatusTagProps =
  | { kind: 'application'; status: ApplicationStatus }
  | { kind: 'participation'; status: EffectiveStatus }
  | { kind: 'evidence'; status: EvidenceStatus };

export function statusLabelKey(props: StatusTagProps): MessageKey {
  switch (props.kind) {
    case 'application':
      return `applicationStatus.${props.status}`;
    case 'participation':
      return `participationStatus.${props.status}`;
    case 'evidence':
      return `evidenceStatus.${props.status}`;
  }
}

function toneOf(props: StatusTagProps): Tone {
  switch (props.kind) {
    case 'application':
      return APPLICATION_TONES[props.status];
    case 'participation':
      return PARTICIPATION_TONES[props.status];
    case 'evidence':
      return EVIDENCE_TONES[props.status];
  }
}

/** A status as words in a badge: the colour only repeats what the text says (WCAG 1.4.1). */
export function StatusTag(props: StatusTagProps) {
  const { t } = useI18n();
  return (
    <StatusBadge status={toneOf(props)} className="rim-status" data-status={props.status} data-testid={`${props.kind}-status`}>
      {t(statusLabelKey(props))}
    </StatusBadge>
  );
}
