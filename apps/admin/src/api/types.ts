import type { paths } from '@rim/contracts/api';

/** The JSON body of an operation's 200 response. */
type OkJson<Operation> = Operation extends { responses: { 200: { content: { 'application/json': infer Body } } } } ? Body : never;
type QueryOf<Operation> = Operation extends { parameters: { query?: infer Query } } ? NonNullable<Query> : never;

export type LoginResponse = OkJson<paths['/api/auth/login']['post']>;
export type SessionUser = OkJson<paths['/api/me']['get']>;
export type ProviderPage = OkJson<paths['/api/providers']['get']>;
export type ProviderItem = ProviderPage['items'][number];
export type ProviderQuery = QueryOf<paths['/api/providers']['get']>;
export type Region = OkJson<paths['/api/reference/regions']['get']>[number];
export type Organisation = OkJson<paths['/api/organisations/mine']['get']>;
export type AuditPage = OkJson<paths['/api/audit']['get']>;
export type AuditEntry = AuditPage['items'][number];
export type ChainVerification = OkJson<paths['/api/audit/verify']['get']>;
export type QueueMonitor = OkJson<paths['/api/admin/queues']['get']>;

type CreatedJson<Operation> = Operation extends { responses: { 201: { content: { 'application/json': infer Body } } } } ? Body : never;
type BodyOf<Operation> = Operation extends { requestBody: { content: { 'application/json': infer Body } } } ? Body : never;

export type CodeList = OkJson<paths['/api/reference/code-lists/{id}']['get']>;
export type CodeEntry = CodeList['entries'][number];

export type Framework = OkJson<paths['/api/frameworks/{id}']['get']>;
export type Requirement = Framework['terms']['checklist'][number];
export type CreateFrameworkInput = BodyOf<paths['/api/frameworks']['post']>;
export type NewTermsInput = BodyOf<paths['/api/frameworks/{id}/terms']['post']>;

export type SelfRegistration = BodyOf<paths['/api/public/provider-registrations']['post']>;
export type SelfRegistrationResult = CreatedJson<paths['/api/public/provider-registrations']['post']>;
export type PublicParticipantPage = OkJson<paths['/api/public/frameworks/{id}/participants']['get']>;
export type PublicParticipant = PublicParticipantPage['items'][number];
export type ChoiceSet = OkJson<paths['/api/public/frameworks/{id}/choice-set']['get']>;
export type ChoiceSetItem = ChoiceSet['items'][number];

export type Application = OkJson<paths['/api/applications/{id}']['get']>;
export type ApplicationStatus = Application['status'];
export type ApplicationEvent = Application['history'][number];
export type RequirementDecision = NonNullable<ApplicationEvent['decisions']>[number];
export type ApplicationUpdate = BodyOf<paths['/api/applications/{id}']['patch']>;
export type Location = Application['locations'][number];
export type ApplicationPage = OkJson<paths['/api/applications']['get']>;
export type ApplicationSummary = ApplicationPage['items'][number];
export type ApplicationQuery = QueryOf<paths['/api/applications']['get']>;

export type EvidenceDocument = OkJson<paths['/api/evidence/{id}/review']['post']>;
export type EvidenceStatus = EvidenceDocument['status'];

export type ParticipationPage = OkJson<paths['/api/participations']['get']>;
export type Participation = ParticipationPage['items'][number];
export type ParticipationQuery = QueryOf<paths['/api/participations']['get']>;
export type EffectiveStatus = Participation['effectiveStatus'];

/** GET /api/me/notifications; its OpenAPI document has no schema, so the client checks the shape itself. */
export interface ProviderNotification {
  id: string;
  kind: string;
  message: string;
  data: Readonly<Record<string, unknown>>;
  createdAt: string;
}

export type Tender = OkJson<paths['/api/tenders/{id}']['get']>;
export type TenderStatus = Tender['status'];
export type TenderLot = Tender['lots'][number];
export type Weights = Tender['weights'];
export type Criterion = keyof Weights;
/**
 * POST /api/tenders. Its `lotTerms` is named LotTermsDto in the OpenAPI document, as the framework's lot terms are, so
 * the generated type is the framework's; the API takes the tender lot terms below (the fields of a TenderLot).
 */
export type TenderLotTerms = Pick<TenderLot, 'expectedVolume' | 'tranches' | 'minReferrals' | 'maxPriceCents' | 'maxDurationDays' | 'financing'>;
export type CreateTenderInput = Omit<BodyOf<paths['/api/tenders']['post']>, 'lotTerms'> & { lotTerms: TenderLotTerms };
export type CreateTenderBody = BodyOf<paths['/api/tenders']['post']>;
export type SelectionRequest = OkJson<paths['/api/tenders/{id}/selection-requests']['get']>[number];
export type SubmitBidInput = BodyOf<paths['/api/tenders/{id}/lots/{lotId}/bid']['put']>;
export type BidReceipt = OkJson<paths['/api/tenders/{id}/receipts']['get']>[number];
export type OpenedBid = OkJson<paths['/api/tenders/{id}/bids']['get']>[number];
export type PanelMember = OkJson<paths['/api/tenders/{id}/evaluators']['get']>[number];
export type EvaluationCell = OkJson<paths['/api/tenders/{id}/evaluation']['get']>[number];
export type QualitativeCriterion = EvaluationCell['criterion'];
export type MyScore = OkJson<paths['/api/tenders/{id}/my-scores']['get']>[number];
export type ScoreSheet = OkJson<paths['/api/tenders/{id}/score-sheets/mine']['get']>[number];
export type Objection = OkJson<paths['/api/tenders/{id}/objections']['get']>[number];
export type TenderContract = OkJson<paths['/api/tenders/{id}/contracts']['get']>[number];
export type MerkleRoot = OkJson<paths['/api/public/tenders/{id}/merkle-root']['get']>;
export type MerkleProof = OkJson<paths['/api/public/tenders/{id}/merkle-proofs/{commitment}']['get']>;
export type MerkleStep = MerkleProof['proof'][number];

/** GET /api/tenders/{id}/award; the OpenAPI document types `tranches` as strings, the API sends these objects. */
export interface LotAward {
  lotId: string;
  lotCode: string;
  sheets: ScoreSheet[];
  tranches: { trancheId: string; bidderId: string | null }[];
}

/** POST /api/tenders/{id}/weight-simulation (TD-10); the OpenAPI document has no schema, this mirrors libs/domain. */
export interface ScenarioOutcome {
  name: string;
  weights: Weights;
  lots: { lotId: string; ranking: string[]; winnerChanged: boolean; rankingChanged: boolean; decisiveCriteria: Criterion[] }[];
  summary: { lotsCompared: number; winnersChanged: number; rankingsChanged: number; decidedByOneCriterion: number; decidedBy: Record<Criterion, number> };
}

export interface WeightSimulation {
  base: ScenarioOutcome;
  alternatives: ScenarioOutcome[];
}

export type ClientCase = CreatedJson<paths['/api/cases']['post']>;
export type CreateCaseInput = BodyOf<paths['/api/cases']['post']>;
export type WorkPlan = CreatedJson<paths['/api/cases/{id}/work-plans']['post']>;
export type WorkPlanInput = BodyOf<paths['/api/cases/{id}/work-plans']['post']>;
export type Route = WorkPlan['route'];
export const ROUTES: readonly Route[] = ['WERKFIT', 'NAAR_WERK', 'IRO'];
export type ProviderChoiceInput = BodyOf<paths['/api/cases/{id}/provider-choice']['post']>;
export type Trajectory = OkJson<paths['/api/trajectories/{id}']['get']>;
export type TrajectoryStatus = Trajectory['status'];
export type ProviderPlan = Trajectory['plans'][number];
export type PlanInput = BodyOf<paths['/api/trajectories/{id}/plans']['post']>;
export type PlanReviewInput = BodyOf<paths['/api/trajectories/{id}/plan-review']['post']>;
export type EndInput = BodyOf<paths['/api/trajectories/{id}/end']['post']>;
export type EndReportInput = BodyOf<paths['/api/trajectories/{id}/end-report']['post']>;
export type EndReport = OkJson<paths['/api/trajectories/{id}/end-report']['get']>;
export type LedgerEntry = OkJson<paths['/api/trajectories/{id}/payments']['get']>[number];
export type Execution = OkJson<paths['/api/trajectories/{id}/execution']['get']>;
export type Aftercare = NonNullable<Execution['aftercare']>;
export type PlacementInput = BodyOf<paths['/api/trajectories/{id}/placements']['post']>;
export type Worklist = OkJson<paths['/api/worklist']['get']>;
export type WorklistItem = Worklist['plansToReview'][number];
export type ProviderScores = OkJson<paths['/api/scores/providers/{providerId}']['get']>;
export type ScoreMeasure = ProviderScores['groups'][number]['measures'][number];
export type CaseMixIndex = ProviderScores['caseMix'][number]['caseMix'];
export type RankedProviderPage = OkJson<paths['/api/scores/providers']['get']>;
export type RankedProvider = RankedProviderPage['items'][number];
export type ScoreRunPage = OkJson<paths['/api/score-runs']['get']>;
export type ScoreRun = ScoreRunPage['items'][number];

export type DashboardTable = OkJson<paths['/api/inspector/tables/{id}']['get']>;
export type Dashboard = OkJson<paths['/api/inspector/dashboard']['get']>;
export type League = OkJson<paths['/api/inspector/league']['get']>;
export type ProviderDrillDown = OkJson<paths['/api/inspector/providers/{providerId}']['get']>;
export type CaseSample = OkJson<paths['/api/inspector/case-samples']['get']>;
export type RedFlagPage = OkJson<paths['/api/inspector/red-flags']['get']>;
export type RedFlag = RedFlagPage['items'][number];
export type RedFlagCode = NonNullable<QueryOf<paths['/api/inspector/red-flags']['get']>['code']>;
export type RedFlagDefinition = OkJson<paths['/api/inspector/red-flag-definitions']['get']>[number];
export type ChoicePage = OkJson<paths['/api/public/choice-page']['get']>;
