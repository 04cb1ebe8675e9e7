import { createHash } from 'node:crypto';

/** TD-5: what a bidder commits to per lot; the six criteria less the two that evaluators score. */
export interface SealedBidContent {
  readonly priceCents: number;
  readonly dropOutBp: number;
  readonly placementBp: number;
  readonly durationDays: number;
  /** The bid's written answers on target-group fit and regional fit, scored later by the panel (criteria 5–6). */
  readonly targetGroupPlan: string;
  readonly regionalPlan: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The content with its keys in a fixed order, so the same bid always hashes the same. */
export function canonicalBid(content: SealedBidContent): string {
  const { priceCents, dropOutBp, placementBp, durationDays, targetGroupPlan, regionalPlan } = content;
  return JSON.stringify({ priceCents, dropOutBp, placementBp, durationDays, targetGroupPlan, regionalPlan });
}

/**
 * The receipt's commitment: SHA-256 of a random salt and the canonical content. The salt keeps a small price space
 * from being searched; the bidder keeps salt and content and can show later that its bid is the one committed to.
 */
export function bidCommitment(salt: string, content: SealedBidContent): string {
  return sha256(`${salt}\n${canonicalBid(content)}`);
}

/** One step of a Merkle proof: the sibling's hash and on which side it stands. */
export interface MerkleStep {
  readonly sibling: string;
  readonly side: 'LEFT' | 'RIGHT';
}

/** Interior nodes are hashed with their own prefix, so no interior hash can pass for a leaf. */
const parent = (left: string, right: string) => sha256(`node:${left}${right}`);

/** Leaves are sorted, so the root depends on the set of commitments and not on the order bids came in. */
function levels(leaves: readonly string[]): string[][] {
  let level = [...leaves].sort();
  const all = [level];
  while (level.length > 1) {
    const next: string[] = [];
    for (let i = 0; i < level.length; i += 2) next.push(parent(level[i]!, level[i + 1] ?? level[i]!));
    all.push(next);
    level = next;
  }
  return all;
}

/** TD-5: the root published at the bid deadline; the hash of nothing for a tender without bids. */
export function merkleRoot(leaves: readonly string[]): string {
  if (leaves.length === 0) return sha256('');
  return levels(leaves).at(-1)![0]!;
}

/** The path from a commitment to the root; null when the commitment is not among the leaves. */
export function merkleProof(leaves: readonly string[], leaf: string): MerkleStep[] | null {
  const all = levels(leaves);
  let index = all[0]!.indexOf(leaf);
  if (index < 0) return null;
  const proof: MerkleStep[] = [];
  for (const level of all.slice(0, -1)) {
    const isRight = index % 2 === 1;
    const sibling = isRight ? level[index - 1]! : (level[index + 1] ?? level[index]!);
    proof.push({ sibling, side: isRight ? 'LEFT' : 'RIGHT' });
    index = Math.floor(index / 2);
  }
  return proof;
}

/** Anyone can run this with a receipt, the published proof and the published root. */
export function verifyMerkleProof(leaf: string, proof: readonly MerkleStep[], root: string): boolean {
  const computed = proof.reduce((hash, step) => (step.side === 'LEFT' ? parent(step.sibling, hash) : parent(hash, step.sibling)), leaf);
  return computed === root;
}
