import { DataList, DataListItem, DataListKey, DataListValue, Heading1, Paragraph } from '@utrecht/component-library-react';
import { api, unwrap } from '../../api/client.js';
import { Loading } from '../../auth/guards.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { usePageTitle } from '../../components/page-title.js';
import { isMessageKey, useI18n, type MessageKey } from '../../i18n/i18n.js';

export function MyOrganisationPage() {
  const { t, formatNumber } = useI18n();
  usePageTitle(t('organisation.title'));
  const organisation = useApiQuery('organisations/mine', (signal) => unwrap(api.GET('/api/organisations/mine', { signal })));
  const org = organisation.data;
  const kindKey = org ? `orgKind.${org.kind}` : '';

  const rows: Array<[MessageKey, string | null | undefined]> = org
    ? [
        ['organisation.name', org.name],
        ['organisation.kind', isMessageKey(kindKey) ? t(kindKey) : org.kind],
        ['organisation.kvk', org.kvkNumber],
        ['organisation.email', org.email],
        ['organisation.address', org.streetAddress],
        ['organisation.postcode', org.postcode],
        ['organisation.city', org.city],
        ['organisation.version', formatNumber(org.version)],
      ]
    : [];

  return (
    <>
      <Heading1>{t('organisation.title')}</Heading1>
      <Paragraph>{t('organisation.intro')}</Paragraph>
      {organisation.status === 'error' && <ProblemAlert error={organisation.error} />}
      {organisation.status === 'loading' && !org && <Loading />}
      {org && (
        <DataList data-testid="organisation-details">
          {rows.map(([label, value]) => (
            <DataListItem key={label}>
              <DataListKey>{t(label)}</DataListKey>
              <DataListValue value={value ?? ''} emptyDescription={t('organisation.unknown')}>
                {value || t('organisation.unknown')}
              </DataListValue>
            </DataListItem>
          ))}
        </DataList>
      )}
    </>
  );
}
