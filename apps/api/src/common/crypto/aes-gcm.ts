import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export interface GcmSealed {
  ciphertext: Buffer;
  iv: Buffer;
  authTag: Buffer;
}

/** AES-256-GCM with a fresh 96-bit IV; `aad` binds the ciphertext to where it belongs. */
export function gcmSeal(key: Buffer, plaintext: Buffer, aad: string): GcmSealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(aad));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { ciphertext, iv, authTag: cipher.getAuthTag() };
}

export function gcmOpen(key: Buffer, sealed: GcmSealed, aad: string): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.iv).setAAD(Buffer.from(aad)).setAuthTag(sealed.authTag);
  return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]);
}

/** One buffer for one column: iv (12) ‖ tag (16) ‖ ciphertext. */
export function packSealed(sealed: GcmSealed): Buffer {
  return Buffer.concat([sealed.iv, sealed.authTag, sealed.ciphertext]);
}

export function unpackSealed(packed: Buffer): GcmSealed {
  return { iv: packed.subarray(0, 12), authTag: packed.subarray(12, 28), ciphertext: packed.subarray(28) };
}
