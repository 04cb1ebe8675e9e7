import fc from 'fast-check';
import { bidCommitment, merkleProof, merkleRoot, SealedBidContent, verifyMerkleProof } from './sealed-bid.js';

const bid: SealedBidContent = { priceCents: 450_000, dropOutBp: 1_200, placementBp: 4_500, durationDays: 240, targetGroupPlan: 'Jobcoaching op locatie', regionalPlan: 'Samen met gemeenten' };
const hex = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString('hex'));

describe('sealed bids: commitments and the Merkle root (TD-5)', () => {
  it('TD-5: the commitment binds salt and every field of the bid', () => {
    const c = bidCommitment('zout', bid);
    expect(bidCommitment('zout', { ...bid })).toBe(c);
    expect(bidCommitment('ander-zout', bid)).not.toBe(c);
    for (const change of [{ priceCents: 449_999 }, { dropOutBp: 1_201 }, { placementBp: 4_499 }, { durationDays: 241 }, { targetGroupPlan: 'x' }, { regionalPlan: 'y' }]) {
      expect(bidCommitment('zout', { ...bid, ...change })).not.toBe(c);
    }
  });

  it('TD-5: every committed receipt verifies against the root; a changed bid does not', () => {
    fc.assert(fc.property(fc.uniqueArray(hex, { minLength: 1, maxLength: 40 }), (leaves) => {
      const root = merkleRoot(leaves);
      for (const leaf of leaves) expect(verifyMerkleProof(leaf, merkleProof(leaves, leaf)!, root)).toBe(true);
      const changed = `${leaves[0]!.slice(0, -1)}${leaves[0]!.endsWith('0') ? '1' : '0'}`;
      expect(verifyMerkleProof(changed, merkleProof(leaves, leaves[0]!)!, root)).toBe(false);
      expect(merkleProof(leaves, changed)).toBeNull();
    }));
  });

  it('TD-5: the root depends on the set of commitments, not on the order bids came in', () => {
    fc.assert(fc.property(fc.uniqueArray(hex, { minLength: 2, maxLength: 20 }), (leaves) => {
      expect(merkleRoot([...leaves].reverse())).toBe(merkleRoot(leaves));
      expect(merkleRoot(leaves.slice(1))).not.toBe(merkleRoot(leaves));
    }));
  });
});
