import { Permission } from '@rim/contracts';
import type { ReactNode } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AuthProvider } from './auth/auth.js';
import { RequireAuth, RequirePermission } from './auth/guards.js';
import { Shell } from './components/Layout.js';
import { I18nProvider } from './i18n/i18n.js';
import { AuditTrailPage } from './pages/audit/AuditTrailPage.js';
import { QueueMonitorPage } from './pages/admin/QueueMonitorPage.js';
import { HomePage } from './pages/home/HomePage.js';
import { LoginPage } from './pages/login/LoginPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { MyOrganisationPage } from './pages/organisation/MyOrganisationPage.js';
import { ProviderRegisterPage } from './pages/register/ProviderRegisterPage.js';

const guarded = (permission: Permission, page: ReactNode) => <RequirePermission permission={permission}>{page}</RequirePermission>;

/** One SPA for every role; each page states the permission it needs, as the menu (navigation.ts) does. */
export function App() {
  return (
    <I18nProvider>
      <AuthProvider>
        <BrowserRouter>
          <Routes>
            <Route path="/login" element={<LoginPage />} />
            <Route
              element={
                <RequireAuth>
                  <Shell />
                </RequireAuth>
              }
            >
              <Route index element={<HomePage />} />
              <Route path="aanbieders" element={guarded(Permission.ProviderRegisterRead, <ProviderRegisterPage />)} />
              <Route path="mijn-organisatie" element={guarded(Permission.OrganisationReadOwn, <MyOrganisationPage />)} />
              <Route path="audittrail" element={guarded(Permission.AuditRead, <AuditTrailPage />)} />
              <Route path="wachtrijen" element={guarded(Permission.QueueMonitor, <QueueMonitorPage />)} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </AuthProvider>
    </I18nProvider>
  );
}
