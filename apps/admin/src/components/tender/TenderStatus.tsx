import { Alert, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import type { TenderStatus } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';
import { TENDER_PATH } from './tenders.js';

const TONES: Readonly<Record<TenderStatus, 'neutral' | 'active' | 'success' | 'warning' | 'danger'>> = {
  DRAFT: 'neutral', PUBLISHED: 'active', SELECTION: 'active', AWARD_PHASE: 'active', OPENED: 'active', EVALUATED: 'active',
  AWARD_DECIDED: 'warning', STANDSTILL: 'warning', CONTRACTED: 'success', CANCELLED: 'danger',
};

/** A tender's state in words; the colour only repeats them. */
export function TenderStatusTag({ status }: { status: TenderStatus }) {
  const { t } = useI18n();
  return (
    <StatusBadge status={TONES[status]} className="rim-status" data-status={status} data-testid="tender-status">
      {t(`tenderStatus.${status}`)}
    </StatusBadge>
  );
}

/** TD-9: where the tender stands on its path: the states behind it, the current one (aria-current) and those ahead. */
export function TenderTimeline({ status }: { status: TenderStatus }) {
  const { t } = useI18n();
  const current = TENDER_PATH.indexOf(status);
  return (
    <>
      <ol className="rim-timeline" aria-label={t('tender.timeline')} data-testid="tender-timeline">
        {TENDER_PATH.map((state, i) => {
          const phase = status === 'CANCELLED' ? 'skipped' : i < current ? 'done' : i === current ? 'current' : 'next';
          return (
            <li key={state} className={`rim-timeline__step rim-timeline__step--${phase}`} aria-current={phase === 'current' ? 'step' : undefined} data-state={state} data-phase={phase}>
              {t(`tenderStatus.${state}`)}
              <span className="rim-visually-hidden"> ({t(`tender.phase.${phase}`)})</span>
            </li>
          );
        })}
      </ol>
      {status === 'CANCELLED' && (
        <Alert type="warning">
          <Paragraph>{t('tender.cancelled')}</Paragraph>
        </Alert>
      )}
    </>
  );
}
