import { RuleViolation } from './rule-violation.js';

/** An earlier trajectory of the same client. */
export interface PriorTrajectory {
  /** The provider as a legal entity (KvK number), not a trade name. */
  readonly providerId: string;
  /**
   * Absent while it runs. Successful = a placement (Naar werk, IRO, tender) or Werkfit's result (`isSuccessfulEnd`).
   */
  readonly endedSuccessfully?: boolean;
}

/**
 * IC-4 / BR-07: after a trajectory ended without placement, the client's next trajectory goes to another provider, so
 * the unsuccessful provider does not earn twice on the same client (004:307–313). Every provider that ever ended a
 * trajectory of this client without success stays barred, not only the last one (the brief's default for a third
 * trajectory).
 */
export function providersBarredBySecondChance(history: readonly PriorTrajectory[]): ReadonlySet<string> {
  return new Set(history.filter((t) => t.endedSuccessfully === false).map((t) => t.providerId));
}

export function checkSecondChance(history: readonly PriorTrajectory[], providerId: string): RuleViolation<'SECOND_CHANCE_SAME_PROVIDER'>[] {
  return providersBarredBySecondChance(history).has(providerId)
    ? [{ field: 'providerId', code: 'SECOND_CHANCE_SAME_PROVIDER', message: 'This provider ended an earlier trajectory of the client without placement.' }]
    : [];
}
