import { Button, Document, NavBar, PageContent, PageFooter, PageHeader, Paragraph, SkipLink } from '@utrecht/component-library-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useAuth, useSessionUser } from '../auth/auth.js';
import { isMessageKey, useI18n } from '../i18n/i18n.js';
import { navItemsFor } from '../navigation.js';
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

/** Layout for pages without a session (login): header with the language switch, main, footer. */
export function PublicLayout({ children }: { children: ReactNode }) {
  return <Frame tools={<LanguageSwitch />}>{children}</Frame>;
}

/** The signed-in shell: the menu shows only what the user's permissions allow. */
export function Shell() {
  const user = useSessionUser();
  const { logout } = useAuth();
  const { t } = useI18n();
  const roleKey = `role.${user.role}`;
  const roleLabel = isMessageKey(roleKey) ? t(roleKey) : user.role;
  const linkClass = ({ isActive }: { isActive: boolean }) =>
    `utrecht-link utrecht-link--html-a utrecht-nav-list__link${isActive ? ' rim-nav__link--current' : ''}`;

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

  const nav = (
    <NavBar aria-label={t('a11y.mainNav')} className="rim-nav" data-testid="main-nav">
      <ul className="utrecht-nav-list rim-nav__list" role="list">
        <li className="utrecht-nav-list__item">
          <NavLink to="/" end className={linkClass}>
            {t('nav.home')}
          </NavLink>
        </li>
        {navItemsFor(user).map((item) => (
          <li className="utrecht-nav-list__item" key={item.path}>
            <NavLink to={item.path} className={linkClass} data-permission={item.permission}>
              {t(item.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </NavBar>
  );

  return (
    <Frame tools={tools} nav={nav}>
      <Outlet />
    </Frame>
  );
}
