import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading1,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import { Link } from 'react-router';
import { useSessionUser } from '../../auth/auth.js';
import { usePageTitle } from '../../components/page-title.js';
import { isMessageKey, useI18n } from '../../i18n/i18n.js';
import { navItemsFor } from '../../navigation.js';

export function HomePage() {
  const user = useSessionUser();
  const { t } = useI18n();
  usePageTitle(t('nav.home'));
  const items = navItemsFor(user);
  const roleKey = `role.${user.role}`;
  const kindKey = `orgKind.${user.organisationKind}`;

  return (
    <>
      <Heading1>{t('home.title', { name: user.name })}</Heading1>
      <section aria-labelledby="home-sections">
        <Heading2 id="home-sections">{t('home.sections')}</Heading2>
        {items.length > 0 ? (
          <>
            <Paragraph>{t('home.intro')}</Paragraph>
            <ul className="utrecht-link-list utrecht-link-list--html-ul rim-link-list" data-testid="home-sections">
              {items.map((item) => (
                <li className="utrecht-link-list__item" key={item.path}>
                  <Link to={item.path} className="utrecht-link utrecht-link--html-a utrecht-link-list__link">
                    {t(item.label)}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <Paragraph>{t('home.noSections')}</Paragraph>
        )}
      </section>
      <section aria-labelledby="home-account">
        <Heading2 id="home-account">{t('home.account')}</Heading2>
        <DataList>
          <DataListItem>
            <DataListKey>{t('home.name')}</DataListKey>
            <DataListValue value={user.name}>{user.name}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('home.email')}</DataListKey>
            <DataListValue value={user.email}>{user.email}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('home.role')}</DataListKey>
            <DataListValue value={user.role}>{isMessageKey(roleKey) ? t(roleKey) : user.role}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('home.organisation')}</DataListKey>
            <DataListValue value={user.organisationName}>
              {user.organisationName} ({isMessageKey(kindKey) ? t(kindKey) : user.organisationKind})
            </DataListValue>
          </DataListItem>
        </DataList>
      </section>
    </>
  );
}
