import { Injectable } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { gcmOpen, gcmSeal, packSealed, unpackSealed } from '../../common/crypto/aes-gcm.js';
import { EnvDto } from '../../config/env.dto.js';

/**
 * IC-1: the BSN never stored in clear. A keyed HMAC finds a returning client (equal BSN, equal HMAC; without the key
 * the 10⁹ possible numbers cannot be tried); an AES-256-GCM copy, bound to its case, is for the coach's view only.
 */
@Injectable()
export class ClientIdentity {
  private readonly hmacKey: Buffer;
  private readonly sealKey: Buffer;

  constructor(env: EnvDto) {
    this.hmacKey = Buffer.from(env.CLIENT_HMAC_KEY, 'hex');
    this.sealKey = Buffer.from(env.CLIENT_ENCRYPTION_KEY, 'hex');
  }

  pseudonym(bsn: string): string {
    return createHmac('sha256', this.hmacKey).update(bsn).digest('hex');
  }

  seal(caseId: string, bsn: string): Buffer {
    return packSealed(gcmSeal(this.sealKey, Buffer.from(bsn), `client-case:${caseId}`));
  }

  open(caseId: string, sealed: Buffer): string {
    return gcmOpen(this.sealKey, unpackSealed(sealed), `client-case:${caseId}`).toString('utf8');
  }
}
