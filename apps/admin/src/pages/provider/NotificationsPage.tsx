import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { Link } from 'react-router';
import { api } from '../../api/client.js';
import { ApiError, toProblem } from '../../api/problem.js';
import type { ProviderNotification } from '../../api/types.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { Loading } from '../../auth/guards.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { usePageTitle } from '../../components/page-title.js';
import { isMessageKey, useI18n } from '../../i18n/i18n.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toNotification(value: unknown): ProviderNotification[] {
  if (!isRecord(value)) return [];
  const { id, kind, message, data, createdAt } = value;
  if (typeof id !== 'string' || typeof kind !== 'string' || typeof message !== 'string' || typeof createdAt !== 'string') return [];
  return [{ id, kind, message, data: isRecord(data) ? data : {}, createdAt }];
}

/** The API documents this response without a schema, so the shape is checked here rather than trusted. */
async function loadNotifications(signal: AbortSignal): Promise<ProviderNotification[]> {
  const { data, error, response } = await api.GET('/api/me/notifications', { parseAs: 'text', signal });
  if (!response.ok || data === undefined) throw new ApiError(toProblem(error, response));
  const parsed: unknown = JSON.parse(data);
  return Array.isArray(parsed) ? parsed.flatMap(toNotification) : [];
}

/** Messages to the provider's organisation: requests for information, decisions, suspensions, expiring evidence. */
export function NotificationsPage() {
  const { t, formatDateTime } = useI18n();
  usePageTitle(t('notifications.title'));
  const notifications = useApiQuery('my-notifications', loadNotifications);
  const items = notifications.data;

  return (
    <>
      <Heading1>{t('notifications.title')}</Heading1>
      <Paragraph>{t('notifications.intro')}</Paragraph>
      {notifications.status === 'error' && <ProblemAlert error={notifications.error} />}
      {!items && notifications.status === 'loading' && <Loading />}
      {items?.length === 0 && <Paragraph data-testid="notifications-empty">{t('notifications.empty')}</Paragraph>}
      {items && items.length > 0 && (
        <ol className="rim-card-list" data-testid="notifications">
          {items.map((n) => {
            const kindKey = `notification.${n.kind}`;
            const applicationId = typeof n.data['applicationId'] === 'string' ? n.data['applicationId'] : null;
            return (
              <li key={n.id} className="rim-card" data-testid="notification" data-kind={n.kind}>
                <Heading2>{isMessageKey(kindKey) ? t(kindKey) : n.kind}</Heading2>
                <Paragraph className="rim-muted">{formatDateTime(n.createdAt)}</Paragraph>
                {n.message && <Paragraph className="rim-quote">{n.message}</Paragraph>}
                {applicationId && (
                  <Paragraph>
                    <Link to={`/aanvragen/${applicationId}`} className="utrecht-link utrecht-link--html-a">
                      {t('notifications.openApplication')}
                    </Link>
                  </Paragraph>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
