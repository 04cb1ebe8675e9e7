import { deepFreeze } from '../reference/code-list.js';

/** FW-1/FW-2: what an applicant must declare or prove, configured per framework terms version. */
export const EVIDENCE_TYPES = ['KVK_EXTRACT', 'CONDUCT_CERTIFICATE', 'QUALITY_CERTIFICATE', 'LIABILITY_INSURANCE', 'FINANCIAL_HEALTH', 'STAFF_QUALIFICATIONS'] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

export const REQUIREMENT_KINDS = ['EXCLUSION_GROUND', 'MINIMUM_REQUIREMENT', 'EXPERIENCE'] as const;
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number];

export interface Requirement {
  readonly code: string;
  readonly kind: RequirementKind;
  readonly titleNl: string;
  readonly titleEn: string;
  /** The document that proves it; null when a declaration (or, for EXPERIENCE, the experience figures) suffices. */
  readonly evidenceType: EvidenceType | null;
  readonly mandatory: boolean;
  /** Whether the evidence carries an expiry date (FW-5 watches those). */
  readonly expires: boolean;
  /** EXPERIENCE only: trajectories in the last 3 years the lot asks of a non-newcomer. */
  readonly minimumTrajectories?: number;
}

/** The checklist of the Inkoopkader AG 2016–2020 as SPEC FW-2 lists its evidence (seed 003 §2.2, L1055–L1129). */
export const INKOOPKADER_AG_2016_CHECKLIST: readonly Requirement[] = deepFreeze([
  { code: 'UG-01', kind: 'EXCLUSION_GROUND', titleNl: 'Eigen verklaring: geen uitsluitingsgronden', titleEn: 'Self-declaration: no exclusion grounds', evidenceType: null, mandatory: true, expires: false },
  { code: 'UG-02', kind: 'EXCLUSION_GROUND', titleNl: 'Gedragsverklaring aanbesteden', titleEn: 'Certificate of conduct for tenders', evidenceType: 'CONDUCT_CERTIFICATE', mandatory: true, expires: true },
  { code: 'ME-01', kind: 'MINIMUM_REQUIREMENT', titleNl: 'Uittreksel Kamer van Koophandel', titleEn: 'Chamber of Commerce extract', evidenceType: 'KVK_EXTRACT', mandatory: true, expires: false },
  { code: 'ME-02', kind: 'MINIMUM_REQUIREMENT', titleNl: 'Kwaliteitskeurmerk (Blik op Werk)', titleEn: 'Quality certificate (Blik op Werk)', evidenceType: 'QUALITY_CERTIFICATE', mandatory: true, expires: true },
  { code: 'ME-03', kind: 'MINIMUM_REQUIREMENT', titleNl: 'Beroeps- en bedrijfsaansprakelijkheidsverzekering', titleEn: 'Professional and public liability insurance', evidenceType: 'LIABILITY_INSURANCE', mandatory: true, expires: true },
  { code: 'ME-04', kind: 'MINIMUM_REQUIREMENT', titleNl: 'Financiële gezondheid (jaarrekening)', titleEn: 'Financial health (annual accounts)', evidenceType: 'FINANCIAL_HEALTH', mandatory: true, expires: false },
  { code: 'ME-05', kind: 'MINIMUM_REQUIREMENT', titleNl: 'Gekwalificeerd personeel', titleEn: 'Qualified staff', evidenceType: 'STAFF_QUALIFICATIONS', mandatory: true, expires: false },
  { code: 'ME-06', kind: 'EXPERIENCE', titleNl: 'Ervaring met de doelgroep in de laatste 3 jaar (nieuwkomers vrijgesteld)', titleEn: 'Experience with the target group in the last 3 years (newcomers exempt)', evidenceType: null, mandatory: true, expires: false, minimumTrajectories: 10 },
  { code: 'ME-07', kind: 'MINIMUM_REQUIREMENT', titleNl: 'Akkoord met verplichte evaluatie met cliënt en coach', titleEn: 'Accepts the mandatory evaluation with client and coach', evidenceType: null, mandatory: true, expires: false },
]);

export interface ApplicationFacts {
  /** Requirement codes the applicant declared to meet. */
  readonly declared: readonly string[];
  /** Per requirement code: the latest evidence document's expiry date (null: does not expire); absent: none uploaded. */
  readonly evidence: Readonly<Record<string, string | null>>;
  readonly experience: { readonly trajectories: number; readonly placements: number; readonly newcomer: boolean } | null;
  readonly regions: readonly string[];
  readonly targetGroups: readonly string[];
  readonly capacity: number;
}

export interface ChecklistError {
  readonly field: string;
  readonly message: string;
}

/** FW-2: what still keeps an application from being a complete submission on `today` (ISO date); empty when complete. */
export function incompleteness(checklist: readonly Requirement[], facts: ApplicationFacts, today: string): ChecklistError[] {
  const errors: ChecklistError[] = [];
  for (const r of checklist.filter((req) => req.mandatory)) {
    if (r.kind === 'EXPERIENCE') {
      const exp = facts.experience;
      if (!exp) errors.push({ field: `experience`, message: `${r.code}: experience figures are required` });
      else if (!exp.newcomer && exp.trajectories < (r.minimumTrajectories ?? 0)) {
        errors.push({ field: 'experience.trajectories', message: `${r.code}: at least ${r.minimumTrajectories} trajectories in the last 3 years, or apply as a newcomer` });
      }
      continue;
    }
    if (!facts.declared.includes(r.code)) errors.push({ field: `declarations.${r.code}`, message: `${r.code}: not declared` });
    if (r.evidenceType) {
      if (!(r.code in facts.evidence)) errors.push({ field: `evidence.${r.code}`, message: `${r.code}: no ${r.evidenceType} uploaded` });
      else if (r.expires && isExpired(facts.evidence[r.code] ?? null, today)) errors.push({ field: `evidence.${r.code}`, message: `${r.code}: the evidence has expired` });
    }
  }
  if (facts.regions.length === 0) errors.push({ field: 'regions', message: 'name at least one region served' });
  if (facts.targetGroups.length === 0) errors.push({ field: 'targetGroups', message: 'name at least one target group' });
  if (facts.capacity < 1) errors.push({ field: 'capacity', message: 'capacity must be at least 1 client' });
  return errors;
}

/** Evidence is valid through its expiry date and expired from the day after. */
export function isExpired(validUntil: string | null, today: string): boolean {
  return validUntil !== null && validUntil < today;
}

export interface RequirementDecision {
  readonly requirementCode: string;
  readonly met: boolean;
  readonly reason?: string;
}

/** FW-3: a decision covers every requirement, and each one found not met carries its reason. */
export function decisionErrors(checklist: readonly Requirement[], decisions: readonly RequirementDecision[]): ChecklistError[] {
  const errors: ChecklistError[] = [];
  const byCode = new Map(decisions.map((d) => [d.requirementCode, d]));
  decisions.forEach((d, i) => {
    if (!checklist.some((r) => r.code === d.requirementCode)) errors.push({ field: `decisions[${i}].requirementCode`, message: `no requirement ${d.requirementCode} in these terms` });
    if (!d.met && !d.reason?.trim()) errors.push({ field: `decisions[${i}].reason`, message: `${d.requirementCode}: a requirement found not met needs a reason` });
  });
  if (byCode.size !== decisions.length) errors.push({ field: 'decisions', message: 'a requirement is decided twice' });
  for (const r of checklist) if (!byCode.has(r.code)) errors.push({ field: 'decisions', message: `${r.code}: no decision` });
  return errors;
}

export function decisionOutcome(decisions: readonly RequirementDecision[]): 'ADMIT' | 'REJECT' {
  return decisions.every((d) => d.met) ? 'ADMIT' : 'REJECT';
}

/**
 * FW-5: mandatory expiring requirements whose accepted evidence has expired on `today`. A requirement with no document
 * on file has not expired: that is the case of contract partners migrated with a paper agreement (FW-9).
 */
export function lapsedEvidence(checklist: readonly Requirement[], evidence: Readonly<Record<string, string | null>>, today: string): string[] {
  return checklist
    .filter((r) => r.mandatory && r.expires && r.code in evidence && isExpired(evidence[r.code] ?? null, today))
    .map((r) => r.code);
}
