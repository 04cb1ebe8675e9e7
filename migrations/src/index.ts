import { Init1795363768049 } from './1795363768049-Init.js';
import { Frameworks1795384314942 } from './1795384314942-Frameworks.js';
import { Tenders1795386821209 } from './1795386821209-Tenders.js';
import { TenderAward1795387046979 } from './1795387046979-TenderAward.js';
import { TenderClarifications1795387891944 } from './1795387891944-TenderClarifications.js';
import { ClientCases1795388444602 } from './1795388444602-ClientCases.js';
import { Trajectories1795388656759 } from './1795388656759-Trajectories.js';
import { TrajectoryEnding1795388883763 } from './1795388883763-TrajectoryEnding.js';
import { Scoring1795392171628 } from './1795392171628-Scoring.js';
import { ExecutionAndSettlement1795392198541 } from './1795392198541-ExecutionAndSettlement.js';
import { WorklistIndexes1795394130708 } from './1795394130708-WorklistIndexes.js';
import { ScoringIntegerSums1795394292106 } from './1795394292106-ScoringIntegerSums.js';
import { RedFlags1795396625094 } from './1795396625094-RedFlags.js';
import { ChoiceSetTargetGroupIndex1795400000000 } from './1795400000000-ChoiceSetTargetGroupIndex.js';
import { IdempotencyKeys1795402833303 } from './1795402833303-IdempotencyKeys.js';
import { RedFlagRunsKept1795402836439 } from './1795402836439-RedFlagRunsKept.js';
import { ClientsInServiceCounted1795407775581 } from './1795407775581-ClientsInServiceCounted.js';

/** Every migration, in order. Never edit one that has landed: add a new one. */
export const MIGRATIONS = [Init1795363768049, Frameworks1795384314942, Tenders1795386821209, TenderAward1795387046979, TenderClarifications1795387891944, ClientCases1795388444602, Trajectories1795388656759, TrajectoryEnding1795388883763, Scoring1795392171628, ExecutionAndSettlement1795392198541, WorklistIndexes1795394130708, ScoringIntegerSums1795394292106, RedFlags1795396625094, ChoiceSetTargetGroupIndex1795400000000, IdempotencyKeys1795402833303, RedFlagRunsKept1795402836439, ClientsInServiceCounted1795407775581];
