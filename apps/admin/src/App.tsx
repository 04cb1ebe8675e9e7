import { Permission } from '@rim/contracts';
import type { ReactNode } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AuthProvider } from './auth/auth.js';
import { RequireAuth, RequirePermission } from './auth/guards.js';
import { Shell } from './components/Layout.js';
import { I18nProvider } from './i18n/i18n.js';
import { AuditTrailPage } from './pages/audit/AuditTrailPage.js';
import { QueueMonitorPage } from './pages/admin/QueueMonitorPage.js';
import { ProviderScoresPage } from './pages/scoring/ProviderScoresPage.js';
import { ScoreRunsPage } from './pages/scoring/ScoreRunsPage.js';
import { ScoresOverviewPage } from './pages/scoring/ScoresOverviewPage.js';
import { HomePage } from './pages/home/HomePage.js';
import { LoginPage } from './pages/login/LoginPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { MyOrganisationPage } from './pages/organisation/MyOrganisationPage.js';
import { ProviderRegisterPage } from './pages/register/ProviderRegisterPage.js';
import { ClientChoiceSetPage } from './pages/coach/ClientChoiceSetPage.js';
import { CasePage } from './pages/coach/CasePage.js';
import { CasesPage } from './pages/coach/CasesPage.js';
import { NewCasePage } from './pages/coach/NewCasePage.js';
import { WorklistPage } from './pages/coach/WorklistPage.js';
import { EvidenceReviewPage } from './pages/officer/EvidenceReviewPage.js';
import { FrameworksPage } from './pages/officer/FrameworksPage.js';
import { ParticipantsPage } from './pages/officer/ParticipantsPage.js';
import { ReviewPage } from './pages/officer/ReviewPage.js';
import { ReviewQueuePage } from './pages/officer/ReviewQueuePage.js';
import { ApplicationPage } from './pages/provider/ApplicationPage.js';
import { MyFrameworkPage } from './pages/provider/MyFrameworkPage.js';
import { NotificationsPage } from './pages/provider/NotificationsPage.js';
import { CaseSamplesPage } from './pages/inspector/CaseSamplesPage.js';
import { InspectorDashboardPage } from './pages/inspector/InspectorDashboardPage.js';
import { LeaguePage } from './pages/inspector/LeaguePage.js';
import { ProviderDrillDownPage } from './pages/inspector/ProviderDrillDownPage.js';
import { RedFlagPage } from './pages/inspector/RedFlagPage.js';
import { RedFlagsPage } from './pages/inspector/RedFlagsPage.js';
import { MarketPage } from './pages/public/MarketPage.js';
import { ChoicePage } from './pages/public/ChoicePage.js';
import { ProviderSignupPage } from './pages/public/ProviderSignupPage.js';
import { PublicParticipantsPage } from './pages/public/PublicParticipantsPage.js';
import { NewTenderPage } from './pages/tender/NewTenderPage.js';
import { ProviderTenderPage, ProviderTendersPage } from './pages/tender/ProviderTenderPages.js';
import { PublicTendersPage, ReceiptCheckPage } from './pages/tender/PublicTenderPages.js';
import { ScoringBidPage, ScoringTenderPage, ScoringTendersPage } from './pages/tender/ScoringPages.js';
import { TenderPage } from './pages/tender/TenderPage.js';
import { TendersPage } from './pages/tender/TendersPage.js';
import { TrajectoriesPage } from './pages/trajectory/TrajectoriesPage.js';
import { TrajectoryPage } from './pages/trajectory/TrajectoryPage.js';

const guarded = (permission: Permission, page: ReactNode) => <RequirePermission permission={permission}>{page}</RequirePermission>;

/** One SPA for every role; each page states the permission it needs, as the menu (navigation.ts) does. */
export function App() {
  return (
    <I18nProvider>
      <AuthProvider>
        <BrowserRouter>
          <Routes>
            <Route path="/login" element={<LoginPage />} />
            <Route path="/registreren" element={<ProviderSignupPage />} />
            <Route path="/openbaar/deelnemers" element={<PublicParticipantsPage />} />
            <Route path="/openbaar/keuzepagina" element={<ChoicePage />} />
            <Route path="/openbaar/aanbestedingen" element={<PublicTendersPage />} />
            <Route path="/openbaar/ontvangstbewijs" element={<ReceiptCheckPage />} />
            <Route path="/openbaar/markt" element={<MarketPage />} />
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
              <Route path="mijn-raamovereenkomst" element={guarded(Permission.ApplicationWriteOwn, <MyFrameworkPage />)} />
              <Route path="aanvragen/:id" element={guarded(Permission.ApplicationWriteOwn, <ApplicationPage />)} />
              <Route path="meldingen" element={guarded(Permission.ApplicationWriteOwn, <NotificationsPage />)} />
              <Route path="beoordelen" element={guarded(Permission.ApplicationReview, <ReviewQueuePage />)} />
              <Route path="beoordelen/:id" element={guarded(Permission.ApplicationReview, <ReviewPage />)} />
              <Route path="bewijsstukken/:organisationId" element={guarded(Permission.ApplicationReview, <EvidenceReviewPage />)} />
              <Route path="deelnemers" element={guarded(Permission.ParticipationManage, <ParticipantsPage />)} />
              <Route path="raamovereenkomsten" element={guarded(Permission.FrameworkManage, <FrameworksPage />)} />
              <Route path="keuzeset" element={guarded(Permission.ChoiceSetRead, <ClientChoiceSetPage />)} />
              <Route path="clienten" element={guarded(Permission.CaseManage, <CasesPage />)} />
              <Route path="clienten/nieuw" element={guarded(Permission.CaseManage, <NewCasePage />)} />
              <Route path="clienten/:id" element={guarded(Permission.CaseManage, <CasePage />)} />
              <Route path="trajecten/:id" element={guarded(Permission.CaseManage, <TrajectoryPage />)} />
              <Route path="werkvoorraad" element={guarded(Permission.CaseManage, <WorklistPage />)} />
              <Route path="opdrachten" element={guarded(Permission.TrajectoryWriteOwn, <TrajectoriesPage />)} />
              <Route path="opdrachten/:id" element={guarded(Permission.TrajectoryWriteOwn, <TrajectoryPage />)} />
              <Route path="aanbestedingen" element={guarded(Permission.TenderRead, <TendersPage />)} />
              <Route path="aanbestedingen/nieuw" element={guarded(Permission.TenderManage, <NewTenderPage />)} />
              <Route path="aanbestedingen/:id" element={guarded(Permission.TenderRead, <TenderPage />)} />
              <Route path="inschrijven" element={guarded(Permission.TenderBid, <ProviderTendersPage />)} />
              <Route path="inschrijven/:id" element={guarded(Permission.TenderBid, <ProviderTenderPage />)} />
              <Route path="inschrijvingen-scoren" element={guarded(Permission.TenderBidsRead, <ScoringTendersPage />)} />
              <Route path="inschrijvingen-scoren/:id" element={guarded(Permission.TenderBidsRead, <ScoringTenderPage />)} />
              <Route path="inschrijvingen-scoren/:id/:bidId" element={guarded(Permission.TenderBidsRead, <ScoringBidPage />)} />
              <Route path="mijn-prestaties" element={guarded(Permission.ScoreReadOwn, <ProviderScoresPage />)} />
              <Route path="prestaties" element={guarded(Permission.ScoreReadAny, <ScoresOverviewPage />)} />
              <Route path="prestaties/:providerId" element={guarded(Permission.ScoreReadAny, <ProviderScoresPage />)} />
              <Route path="scoreberekeningen" element={guarded(Permission.ScoreReadAny, <ScoreRunsPage />)} />
              <Route path="audittrail" element={guarded(Permission.AuditRead, <AuditTrailPage />)} />
              <Route path="inspectie" element={guarded(Permission.TransparencyRead, <InspectorDashboardPage />)} />
              <Route path="inspectie/ranglijst" element={guarded(Permission.TransparencyRead, <LeaguePage />)} />
              <Route path="inspectie/aanbieders/:providerId" element={guarded(Permission.TransparencyRead, <ProviderDrillDownPage />)} />
              <Route path="inspectie/signalen" element={guarded(Permission.TransparencyRead, <RedFlagsPage />)} />
              <Route path="inspectie/signalen/:id" element={guarded(Permission.TransparencyRead, <RedFlagPage />)} />
              <Route path="inspectie/steekproef" element={guarded(Permission.TransparencyRead, <CaseSamplesPage />)} />
              <Route path="wachtrijen" element={guarded(Permission.QueueMonitor, <QueueMonitorPage />)} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </AuthProvider>
    </I18nProvider>
  );
}
