import type { Permission } from '@rim/contracts';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { usePageTitle } from '../components/page-title.js';
import { useI18n } from '../i18n/i18n.js';
import { hasPermission, useAuth } from './auth.js';

export interface LoginLocationState {
  from?: string;
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="rim-loading" role="status">
      {t('a11y.loading')}
    </p>
  );
}

/** Renders its children for a signed-in user; otherwise sends the user to the login page (and back afterwards). */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { state } = useAuth();
  const location = useLocation();
  if (state.status === 'checking') return <Loading />;
  if (state.status === 'anonymous') {
    const from = `${location.pathname}${location.search}`;
    const loginState: LoginLocationState | undefined = state.reason === 'loggedOut' || from === '/' ? undefined : { from };
    return <Navigate to="/login" replace state={loginState} />;
  }
  return children;
}

export function Forbidden() {
  const { t } = useI18n();
  usePageTitle(t('page.forbidden.title'));
  return (
    <>
      <Heading1>{t('page.forbidden.title')}</Heading1>
      <Paragraph>{t('page.forbidden.body')}</Paragraph>
      <Paragraph>
        <Link to="/" className="utrecht-link utrecht-link--html-a">
          {t('page.backHome')}
        </Link>
      </Paragraph>
    </>
  );
}

/** A page behind a permission: the same rule that hides its menu item also guards a typed-in URL. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { state } = useAuth();
  if (state.status !== 'authenticated') return null;
  return hasPermission(state.user, permission) ? children : <Forbidden />;
}
