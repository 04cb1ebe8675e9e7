import { Permission } from '@rim/contracts';
import type { SessionUser } from './api/types.js';
import { hasPermission } from './auth/auth.js';
import type { MessageKey } from './i18n/i18n.js';

export interface NavItem {
  path: string;
  label: MessageKey;
  /** The menu item, and the page behind it, exist only for users holding this permission. */
  permission: Permission;
}

/** The shell's menu, in order. The API enforces the same permissions on the endpoints behind each page. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/aanbieders', label: 'nav.providerRegister', permission: Permission.ProviderRegisterRead },
  { path: '/mijn-organisatie', label: 'nav.myOrganisation', permission: Permission.OrganisationReadOwn },
  { path: '/mijn-raamovereenkomst', label: 'nav.myFramework', permission: Permission.ApplicationWriteOwn },
  { path: '/meldingen', label: 'nav.notifications', permission: Permission.ApplicationWriteOwn },
  { path: '/beoordelen', label: 'nav.reviewQueue', permission: Permission.ApplicationReview },
  { path: '/deelnemers', label: 'nav.participants', permission: Permission.ParticipationManage },
  { path: '/raamovereenkomsten', label: 'nav.frameworks', permission: Permission.FrameworkManage },
  { path: '/keuzeset', label: 'nav.choiceSet', permission: Permission.ChoiceSetRead },
  { path: '/clienten', label: 'nav.cases', permission: Permission.CaseManage },
  { path: '/werkvoorraad', label: 'nav.worklist', permission: Permission.CaseManage },
  { path: '/opdrachten', label: 'nav.orders', permission: Permission.TrajectoryWriteOwn },
  { path: '/aanbestedingen', label: 'nav.tenders', permission: Permission.TenderRead },
  { path: '/aanbestedingen/nieuw', label: 'nav.newTender', permission: Permission.TenderManage },
  { path: '/inschrijven', label: 'nav.bidding', permission: Permission.TenderBid },
  { path: '/inschrijvingen-scoren', label: 'nav.scoring', permission: Permission.TenderBidsRead },
  { path: '/mijn-prestaties', label: 'nav.myScores', permission: Permission.ScoreReadOwn },
  { path: '/prestaties', label: 'nav.scores', permission: Permission.ScoreReadAny },
  { path: '/scoreberekeningen', label: 'nav.scoreRuns', permission: Permission.ScoreReadAny },
  { path: '/inspectie', label: 'nav.inspection', permission: Permission.TransparencyRead },
  { path: '/inspectie/ranglijst', label: 'nav.league', permission: Permission.TransparencyRead },
  { path: '/inspectie/signalen', label: 'nav.redFlags', permission: Permission.TransparencyRead },
  { path: '/inspectie/steekproef', label: 'nav.caseSamples', permission: Permission.TransparencyRead },
  { path: '/audittrail', label: 'nav.auditTrail', permission: Permission.AuditRead },
  { path: '/wachtrijen', label: 'nav.queues', permission: Permission.QueueMonitor },
];

export function navItemsFor(user: SessionUser): NavItem[] {
  return NAV_ITEMS.filter((item) => hasPermission(user, item.permission));
}

/** Pages anyone may open without an account (SPEC §1: the public, job seekers, providers that want to register). */
export const PUBLIC_NAV_ITEMS: ReadonlyArray<{ path: string; label: MessageKey }> = [
  { path: '/openbaar/deelnemers', label: 'nav.publicParticipants' },
  { path: '/openbaar/keuzepagina', label: 'nav.choicePage' },
  { path: '/openbaar/aanbestedingen', label: 'nav.publicTenders' },
  { path: '/openbaar/ontvangstbewijs', label: 'nav.receiptCheck' },
  { path: '/openbaar/markt', label: 'nav.publicMarket' },
  { path: '/registreren', label: 'nav.signUp' },
  { path: '/login', label: 'nav.login' },
];
