import { Injectable } from '@nestjs/common';
import { constants, generateKeyPairSync, privateDecrypt, publicEncrypt, randomBytes } from 'node:crypto';
import { gcmOpen, gcmSeal, packSealed, unpackSealed } from '../../common/crypto/aes-gcm.js';
import { EnvDto } from '../../config/env.dto.js';

export interface SealedBid {
  ciphertext: Buffer;
  iv: Buffer;
  authTag: Buffer;
  encryptedKey: Buffer;
}

export interface TenderKeys {
  publicKey: string;
  wrappedPrivateKey: Buffer;
}

const OAEP = { padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' } as const;

/**
 * TD-5 encryption at rest. Each tender gets an RSA key pair: bids are encrypted with a fresh AES-256-GCM key that is
 * sealed to the tender's public key, so submitting never needs the private key. The private key is stored only
 * wrapped under the platform's master key, and only the opening unwraps it. Bids carry their tender and lot as
 * additional data, so a ciphertext cannot be moved to another lot.
 */
@Injectable()
export class BidVault {
  private readonly masterKey: Buffer;

  constructor(env: EnvDto) {
    this.masterKey = Buffer.from(env.BID_MASTER_KEY, 'hex');
  }

  newTenderKeys(tenderId: string): TenderKeys {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 3072 });
    const sealed = gcmSeal(this.masterKey, privateKey.export({ type: 'pkcs8', format: 'der' }), `tender-key:${tenderId}`);
    return { publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(), wrappedPrivateKey: packSealed(sealed) };
  }

  encrypt(publicKey: string, tenderId: string, lotId: string, plaintext: string): SealedBid {
    const bidKey = randomBytes(32);
    const sealed = gcmSeal(bidKey, Buffer.from(plaintext), `bid:${tenderId}:${lotId}`);
    return { ...sealed, encryptedKey: publicEncrypt({ key: publicKey, ...OAEP }, bidKey) };
  }

  /** Opening only: unwraps the tender's private key once and returns a function that opens its bids. */
  opener(wrappedPrivateKey: Buffer, tenderId: string): (lotId: string, bid: SealedBid) => string {
    const der = gcmOpen(this.masterKey, unpackSealed(wrappedPrivateKey), `tender-key:${tenderId}`);
    const privateKey = { key: der, format: 'der', type: 'pkcs8', ...OAEP } as const;
    return (lotId, bid) => {
      const bidKey = privateDecrypt(privateKey, bid.encryptedKey);
      return gcmOpen(bidKey, bid, `bid:${tenderId}:${lotId}`).toString('utf8');
    };
  }
}
