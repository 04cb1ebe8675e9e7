import { Button, Document, NavBar, PageContent, PageFooter, PageHeader, Paragraph, SkipLink } from '@utrecht/component-library-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useAuth, useSessionUser } from '../auth/auth.js';
import { isMessageKey, useI18n } from '../i18n/i18n.js';
import { navItemsFor, PUBLIC_NAV_ITEMS } from '../navigation.js';
import { LanguageSwitch } from './LanguageSwitch.js';

/** Moves keyboard and screen-reader focus to <main> after client-side navigation (not on first load). */
function useFocusMainOnNavigation() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [pathname]);
  return mainRef;
}

function Frame({ tools, nav, children }: { tools: ReactNode; nav?: ReactNode; children: ReactNode }) {
  const { t } = useI18n();
  const mainRef = useFocusMainOnNavigation();
  return (
    <Document className="rim-document">
      <SkipLink href="#main">{t('a11y.skipToContent')}</SkipLink>
      <PageHeader className="rim-header">
        <div className="rim-header__inner">
          <Link to="/" className="rim-brand">
            <span className="rim-brand__name">{t('app.name')}</span>
            <span className="rim-brand__tagline">{t('app.tagline')}</span>
          </Link>
          <div className="rim-header__tools">{tools}</div>
        </div>
      </PageHeader>
      {nav}
      <main id="main" tabIndex={-1} ref={mainRef} className="rim-main">
        <PageContent className="rim-content">{children}</PageContent>
      </main>
      <PageFooter className="rim-footer">
        <div className="rim-footer__inner">
          <Paragraph>{t('app.footer')}</Paragraph>
        </div>
      </PageFooter>
    </Document>
  );
}

interface MenuLink {
  path: string;
  label: string;
  end?: boolean;
  permission?: string;
}

function Menu({ label, testId, links }: { label: string; testId: string; links: readonly MenuLink[] }) {
  const linkClass = ({ isActive }: { isActive: boolean }) =>
    `utrecht-link utrecht-link--html-a utrecht-nav-list__link${isActive ? ' rim-nav__link--current' : ''}`;
  return (
    <NavBar aria-label={label} className="rim-nav" data-testid={testId}>
      <ul className="utrecht-nav-list rim-nav__list" role="list">
        {links.map((link) => (
          <li className="utrecht-nav-list__item" key={link.path}>
            <NavLink to={link.path} end={link.end} className={linkClass} data-permission={link.permission}>
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </NavBar>
  );
}

/** Layout for pages without a session (login, the public framework pages): the public menu and the language switch. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const nav = <Menu label={t('a11y.publicNav')} testId="public-nav" links={PUBLIC_NAV_ITEMS.map((item) => ({ path: item.path, label: t(item.label) }))} />;
  return (
    <Frame tools={<LanguageSwitch />} nav={nav}>
      {children}
    </Frame>
  );
}

/** The signed-in shell: the menu shows only what the user's permissions allow. */
export function Shell() {
  const user = useSessionUser();
  const { logout } = useAuth();
  const { t } = useI18n();
  const roleKey = `role.${user.role}`;
  const roleLabel = isMessageKey(roleKey) ? t(roleKey) : user.role;

  const tools = (
    <>
      <p className="rim-user" data-testid="current-user">
        <span className="rim-user__name">{t('session.signedInAs', { name: user.name })}</span>
        <span className="rim-user__meta">
          {roleLabel} · {user.organisationName}
        </span>
      </p>
      <LanguageSwitch />
      <Button type="button" appearance="secondary-action-button" onClick={logout} data-testid="logout">
        {t('session.logout')}
      </Button>
    </>
  );

  const links: MenuLink[] = [
    { path: '/', label: t('nav.home'), end: true },
    ...navItemsFor(user).map((item) => ({ path: item.path, label: t(item.label), permission: item.permission })),
  ];

  return (
    <Frame tools={tools} nav={<Menu label={t('a11y.mainNav')} testId="main-nav" links={links} />}>
      <Outlet />
    </Frame>
  );
}
