import { createHash } from 'node:crypto';
import { DomainException } from '../../common/problem/error-code.js';

/** The document types accepted as evidence, each recognised by its first bytes, not by the header alone. */
const SIGNATURES: Readonly<Record<string, readonly number[]>> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
};
export const EVIDENCE_CONTENT_TYPES = Object.keys(SIGNATURES);

export interface EvidenceFile {
  contentType: string;
  bytes: Buffer;
  sha256: string;
}

/** An upload as the raw body parser left it: a Buffer for the accepted types, anything else otherwise. */
export function readEvidenceFile(contentType: string | undefined, body: unknown): EvidenceFile {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  const signature = SIGNATURES[type];
  if (!signature || !Buffer.isBuffer(body)) {
    throw new DomainException('UNSUPPORTED_MEDIA_TYPE', `Evidence must be sent as one of ${EVIDENCE_CONTENT_TYPES.join(', ')}.`);
  }
  if (body.length === 0) throw new DomainException('VALIDATION_FAILED', 'The document is empty.', [{ field: 'body', message: 'empty file' }]);
  if (!signature.every((byte, i) => body[i] === byte)) {
    throw new DomainException('UNSUPPORTED_MEDIA_TYPE', `The file's content is not a ${type} document.`);
  }
  return { contentType: type, bytes: body, sha256: createHash('sha256').update(body).digest('hex') };
}
