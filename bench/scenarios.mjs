/**
 * The benchmark scenarios, run in this order against one API process with the same settings. A scenario is a
 * file in bench/ exporting { name, run(ctx) } (see bench/lib/context.mjs for ctx); add it to this list.
 */
import awardEngine from './award-engine.mjs';
import bulkEnrolment from './bulk-enrolment.mjs';
import choiceSet from './choice-set.mjs';
import coachWorklist from './coach-worklist.mjs';
import health from './health.mjs';
import providerRegister from './provider-register.mjs';
import scoring from './scoring.mjs';
import settlement from './settlement.mjs';
import sustainedRead from './sustained-read.mjs';
import transparency from './transparency.mjs';

export default [health, providerRegister, choiceSet, coachWorklist, awardEngine, bulkEnrolment, settlement, scoring, sustainedRead, transparency];
