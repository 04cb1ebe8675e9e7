import type { MerkleStep } from '../../api/types.js';

/** SHA-256 of a text as lowercase hex, in the browser (SubtleCrypto). */
async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Whether this browser can check a receipt itself (SubtleCrypto exists only in a secure context). */
export function canVerifyInBrowser(): boolean {
  return typeof crypto !== 'undefined' && typeof crypto.subtle?.digest === 'function';
}

/**
 * TD-5, as `verifyMerkleProof` in libs/domain/src/tender/sealed-bid.ts: the leaf is the commitment; each step hashes
 * "node:" + left + right (hex strings), the sibling on the left when its side is LEFT. True when the path ends at the root.
 */
export async function verifyMerkleProof(leaf: string, proof: readonly MerkleStep[], root: string): Promise<boolean> {
  let hash = leaf;
  for (const step of proof) hash = await sha256(step.side === 'LEFT' ? `node:${step.sibling}${hash}` : `node:${hash}${step.sibling}`);
  return hash === root;
}

/** A commitment as printed on a receipt: 64 hex digits (surrounding spaces and capitals are forgiven). */
export function normaliseCommitment(text: string): string | null {
  const value = text.trim().toLowerCase();
  return /^[0-9a-f]{64}$/.test(value) ? value : null;
}
