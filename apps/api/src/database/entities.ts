import { ApplicationEventEntity } from '../modules/frameworks/entities/application-event.entity.js';
import { EvidenceDocumentEntity } from '../modules/frameworks/entities/evidence-document.entity.js';
import { FrameworkApplicationEntity } from '../modules/frameworks/entities/framework-application.entity.js';
import { FrameworkTermsEntity } from '../modules/frameworks/entities/framework-terms.entity.js';
import { FrameworkEntity } from '../modules/frameworks/entities/framework.entity.js';
import { ParticipationEntity } from '../modules/frameworks/entities/participation.entity.js';
import { ProviderNotificationEntity } from '../modules/frameworks/entities/provider-notification.entity.js';
import { TenderAmendmentEntity, TenderQuestionEntity } from '../modules/tenders/entities/clarification.entities.js';
import { TenderConsensusEntity, TenderEvaluatorEntity, TenderLotAwardEntity, TenderScoreEntity } from '../modules/tenders/entities/evaluation.entities.js';
import { SealedBidEntity } from '../modules/tenders/entities/sealed-bid.entity.js';
import { TenderContractEntity, TenderObjectionEntity } from '../modules/tenders/entities/standstill.entities.js';
import { SelectionRequestEntity } from '../modules/tenders/entities/selection-request.entity.js';
import { TenderLotEntity } from '../modules/tenders/entities/tender-lot.entity.js';
import { TenderEntity } from '../modules/tenders/entities/tender.entity.js';
import { ClientCaseEntity } from '../modules/trajectories/entities/client-case.entity.js';
import { EndReportEntity } from '../modules/trajectories/entities/end-report.entity.js';
import { ProviderChoiceEntity } from '../modules/trajectories/entities/provider-choice.entity.js';
import { ProviderPlanEntity } from '../modules/trajectories/entities/provider-plan.entity.js';
import { PaymentLedgerEntity, PurchaseOrderEntity } from '../modules/trajectories/entities/purchase-order.entities.js';
import { TrajectoryEntity } from '../modules/trajectories/entities/trajectory.entity.js';
import { WorkPlanEntity } from '../modules/trajectories/entities/work-plan.entity.js';
import { DeliveredHoursEntity, EvaluationEntity, IllnessPeriodEntity, PlacementEntity } from '../modules/trajectories/entities/execution.entities.js';
import { AftercareEntity, AftercareEventEntity } from '../modules/trajectories/entities/aftercare.entities.js';
import { SatisfactionScoreEntity, SurveyParticipationEntity } from '../modules/trajectories/entities/satisfaction.entities.js';
import { FollowUpStatusEntity } from '../modules/trajectories/entities/follow-up.entity.js';
import { AuditEntryEntity } from '../modules/audit/entities/audit-entry.entity.js';
import { OrganisationEntity } from '../modules/identity/entities/organisation.entity.js';
import { UserEntity } from '../modules/identity/entities/user.entity.js';
import { OutboxEventEntity } from '../modules/outbox/entities/outbox-event.entity.js';
import { IdempotencyKeyEntity } from '../modules/platform/entities/idempotency-key.entity.js';
import { ProviderProfileEntity } from '../modules/providers/provider-profile.entity.js';
import { ScoreCaseMixIndexEntity } from '../modules/scoring/entities/score-case-mix-index.entity.js';
import { ScoreCellEntity } from '../modules/scoring/entities/score-cell.entity.js';
import { ScoreContestEntity } from '../modules/scoring/entities/score-contest.entity.js';
import { ScoreReviewCaseEntity } from '../modules/scoring/entities/score-review-case.entity.js';
import { ScoreRunEntity } from '../modules/scoring/entities/score-run.entity.js';
import { ScoreTrajectoryEntity } from '../modules/scoring/entities/score-trajectory.entity.js';
import { RedFlagEntity, RedFlagRunEntity } from '../modules/transparency/entities/red-flag.entities.js';

/** Every entity, listed explicitly: no globs, so Jest, the app and the CLI see the same schema. */
export const ENTITIES = [
  OrganisationEntity, UserEntity, ProviderProfileEntity, AuditEntryEntity, OutboxEventEntity, IdempotencyKeyEntity,
  FrameworkEntity, FrameworkTermsEntity, FrameworkApplicationEntity, ApplicationEventEntity, EvidenceDocumentEntity,
  ParticipationEntity, ProviderNotificationEntity, TenderEntity, TenderLotEntity, SelectionRequestEntity, SealedBidEntity,
  TenderEvaluatorEntity, TenderScoreEntity, TenderConsensusEntity, TenderLotAwardEntity, TenderObjectionEntity, TenderContractEntity,
  TenderQuestionEntity, TenderAmendmentEntity, ClientCaseEntity, WorkPlanEntity, ProviderChoiceEntity,
  TrajectoryEntity, ProviderPlanEntity, PurchaseOrderEntity, PaymentLedgerEntity, EndReportEntity,
  DeliveredHoursEntity, EvaluationEntity, PlacementEntity, IllnessPeriodEntity, AftercareEntity, AftercareEventEntity,
  SatisfactionScoreEntity, SurveyParticipationEntity, FollowUpStatusEntity,
  ScoreTrajectoryEntity, ScoreCellEntity, ScoreRunEntity, ScoreCaseMixIndexEntity, ScoreContestEntity, ScoreReviewCaseEntity,
  RedFlagRunEntity, RedFlagEntity,
];
