/** Every permission a route can require. Routes state theirs with @Permissions(...) or are marked @Public(). */
export enum Permission {
  SessionRead = 'session.read',
  ProviderRegisterRead = 'provider-register.read',
  ProviderRegister = 'provider-register.write',
  OrganisationReadAny = 'organisation.read-any',
  OrganisationReadOwn = 'organisation.read-own',
  OrganisationUpdateOwn = 'organisation.update-own',
  OrganisationUpdateAny = 'organisation.update-any',
  UserManage = 'user.manage',
  AuditRead = 'audit.read',
  QueueMonitor = 'queue.monitor',
  FrameworkRead = 'framework.read',
  FrameworkManage = 'framework.manage',
  ApplicationReview = 'application.review',
  ApplicationReadAny = 'application.read-any',
  ApplicationWriteOwn = 'application.write-own',
  TermsAcceptOwn = 'terms.accept-own',
  ParticipationManage = 'participation.manage',
  ChoiceSetRead = 'choice-set.read',
  TenderRead = 'tender.read',
  TenderManage = 'tender.manage',
  TenderBid = 'tender.bid',
  TenderBidsRead = 'tender.bids-read',
  CaseManage = 'case.manage',
  ClientIdentityRead = 'client-identity.read',
  TrajectoryWriteOwn = 'trajectory.write-own',
  /** IC-10 settlement runs, IC-11 survey oversight, IC-13 follow-up imports. */
  ContractingManage = 'contracting.manage',
  /** SC: a provider's own scores; everyone's scores; recompute runs, contests and review cases. */
  ScoreReadOwn = 'score.read-own',
  ScoreReadAny = 'score.read-any',
  ScoreManage = 'score.manage',
  /** TR-1/TR-2: the inspector workspace (market tables, league table, drill-down, case-file samples, red flags). */
  TransparencyRead = 'transparency.read',
}

export enum Role {
  BuyerOfficer = 'buyer.officer',
  BuyerEvaluator = 'buyer.evaluator',
  BuyerCoach = 'buyer.coach',
  ProviderAdmin = 'provider.admin',
  ProviderUser = 'provider.user',
  Inspector = 'inspector',
  Admin = 'admin',
}

export enum OrganisationKind {
  Buyer = 'BUYER',
  Provider = 'PROVIDER',
  Inspectorate = 'INSPECTORATE',
}

/** Which organisation kind a role belongs to; a user's role must match its organisation. */
export const ROLE_ORGANISATION_KIND: Readonly<Record<Role, OrganisationKind>> = {
  [Role.BuyerOfficer]: OrganisationKind.Buyer,
  [Role.BuyerEvaluator]: OrganisationKind.Buyer,
  [Role.BuyerCoach]: OrganisationKind.Buyer,
  [Role.ProviderAdmin]: OrganisationKind.Provider,
  [Role.ProviderUser]: OrganisationKind.Provider,
  [Role.Inspector]: OrganisationKind.Inspectorate,
  [Role.Admin]: OrganisationKind.Buyer,
};

const P = Permission;
const BUYER_READ = [P.SessionRead, P.ProviderRegisterRead, P.OrganisationReadAny, P.FrameworkRead, P.ChoiceSetRead, P.TenderRead];
const PROVIDER_BASE = [P.SessionRead, P.OrganisationReadOwn, P.FrameworkRead, P.ApplicationWriteOwn, P.TenderRead, P.TenderBid, P.TrajectoryWriteOwn, P.ScoreReadOwn];
const OFFICER_WORK = [P.ProviderRegister, P.OrganisationUpdateAny, P.FrameworkManage, P.ApplicationReview, P.ApplicationReadAny, P.ParticipationManage, P.TenderManage, P.TenderBidsRead, P.ContractingManage];

/** The one place where roles (SPEC §1) map to permissions. */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  [Role.BuyerOfficer]: [...BUYER_READ, ...OFFICER_WORK, P.ScoreReadAny, P.ScoreManage],
  [Role.BuyerEvaluator]: [...BUYER_READ, P.TenderBidsRead],
  [Role.BuyerCoach]: [...BUYER_READ, P.CaseManage, P.ClientIdentityRead],
  [Role.ProviderAdmin]: [...PROVIDER_BASE, P.OrganisationUpdateOwn, P.TermsAcceptOwn],
  [Role.ProviderUser]: PROVIDER_BASE,
  [Role.Inspector]: [...BUYER_READ, P.AuditRead, P.ApplicationReadAny, P.ScoreReadAny, P.TransparencyRead],
  [Role.Admin]: [...BUYER_READ, P.ProviderRegister, P.OrganisationUpdateAny, P.UserManage, P.AuditRead, P.QueueMonitor],
};

export function permissionsOf(role: Role): readonly Permission[] {
  return ROLE_PERMISSIONS[role];
}

export function roleHas(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
