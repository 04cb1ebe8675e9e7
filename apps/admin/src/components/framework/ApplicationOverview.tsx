import { DataList, DataListItem, DataListKey, DataListValue, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useCodeList } from '../../api/reference.js';
import type { Application, Requirement } from '../../api/types.js';
import { useI18n, type MessageKey } from '../../i18n/i18n.js';
import { StatusTag } from './StatusTag.js';
import { requirementTitle } from './frameworks.js';

function Facts({ rows, testId }: { rows: ReadonlyArray<[MessageKey, ReactNode]>; testId: string }) {
  const { t } = useI18n();
  return (
    <DataList data-testid={testId}>
      {rows.map(([key, value]) => (
        <DataListItem key={key}>
          <DataListKey>{t(key)}</DataListKey>
          <DataListValue>{value}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}

/** FW-3: where an application stands: status, the decision clock, and whether it has run out. */
export function ApplicationStatusSummary({ application }: { application: Application }) {
  const { formatDateTime, formatLastDay } = useI18n();
  const services = useCodeList('services');
  const rows: Array<[MessageKey, ReactNode]> = [
    ['application.provider', application.providerName],
    ['application.framework', application.frameworkName],
    ['framework.lot', services.label(application.lot)],
    ['application.status', <StatusTag kind="application" status={application.status} />],
    ['application.submittedAt', application.submittedAt ? formatDateTime(application.submittedAt) : '—'],
    [
      'application.decisionDueAt',
      application.decisionDueAt ? (
        <>
          {formatLastDay(application.decisionDueAt)}
          {application.overdue && <OverdueMark />}
        </>
      ) : (
        '—'
      ),
    ],
    ['application.decidedAt', application.decidedAt ? formatDateTime(application.decidedAt) : '—'],
  ];
  return <Facts rows={rows} testId="application-summary" />;
}

/** FW-3: a decision past its due date, in words and with a marker, never by colour alone. */
export function OverdueMark() {
  const { t } = useI18n();
  return (
    <strong className="rim-overdue" data-testid="overdue">
      <span aria-hidden="true">⚠ </span>
      {t('review.overdue')}
    </strong>
  );
}

/** What the provider declared and offers (FW-2), read-only: for the officer, and for the provider once submitted. */
export function ApplicationFacts({ application, checklist }: { application: Application; checklist: readonly Requirement[] }) {
  const { t, lang, formatNumber } = useI18n();
  const regions = useCodeList('regions');
  const targetGroups = useCodeList('target-groups');
  const declared = checklist.filter((r) => application.declarations.includes(r.code));
  const experience = application.experience;
  const rows: Array<[MessageKey, ReactNode]> = [
    [
      'application.declarations',
      declared.length ? (
        <UnorderedList>
          {declared.map((r) => (
            <UnorderedListItem key={r.code}>
              {r.code} — {requirementTitle(r, lang)}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : (
        t('application.none')
      ),
    ],
    [
      'application.experience',
      experience
        ? experience.newcomer
          ? t('application.experienceNewcomer', { trajectories: formatNumber(experience.trajectories), placements: formatNumber(experience.placements) })
          : t('application.experienceFigures', { trajectories: formatNumber(experience.trajectories), placements: formatNumber(experience.placements) })
        : t('application.none'),
    ],
    ['application.regions', application.regions.map((c) => regions.label(c)).join(', ') || t('application.none')],
    ['application.targetGroups', application.targetGroups.map((c) => targetGroups.label(c)).join(', ') || t('application.none')],
    ['application.locations', application.locations.map((l) => `${l.city} (${l.postcode})`).join(', ') || t('application.none')],
    ['application.capacity', formatNumber(application.capacity)],
  ];
  return (
    <section aria-labelledby="application-facts">
      <Heading2 id="application-facts">{t('application.factsTitle')}</Heading2>
      <Facts rows={rows} testId="application-facts" />
    </section>
  );
}

/** FW-3: every step of the application with its message and, for a decision, the verdict per requirement. */
export function ApplicationHistory({ application, checklist }: { application: Application; checklist: readonly Requirement[] }) {
  const { t, lang, formatDateTime } = useI18n();
  const titleOf = (code: string) => {
    const requirement = checklist.find((r) => r.code === code);
    return requirement ? `${code} — ${requirementTitle(requirement, lang)}` : code;
  };
  return (
    <section aria-labelledby="application-history">
      <Heading2 id="application-history">{t('application.historyTitle')}</Heading2>
      <ol className="rim-history" data-testid="application-history">
        {application.history.map((event, i) => (
          <li key={`${event.at}:${i}`} className="rim-history__item" data-testid="history-event" data-action={event.action}>
            <Paragraph>
              <strong>{formatDateTime(event.at)}</strong> — {t('application.movedTo')} <StatusTag kind="application" status={event.toStatus} />
            </Paragraph>
            {event.message && (
              <Paragraph className="rim-history__message" data-testid="history-message">
                {event.message}
              </Paragraph>
            )}
            {event.decisions && (
              <UnorderedList data-testid="history-decisions">
                {event.decisions.map((d) => (
                  <UnorderedListItem key={d.requirementCode} data-testid="history-decision" data-met={String(d.met)}>
                    {titleOf(d.requirementCode)}: <strong>{d.met ? t('decision.met') : t('decision.notMet')}</strong>
                    {d.reason ? ` — ${d.reason}` : ''}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
