import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@inspraak/api-core';
import type { Answers } from '@inspraak/domain';

/** What waits in the inbox, sealed: nothing of it is readable in the database. */
export interface SealedResponse {
  /** The reporting unit the answer will be counted in. */
  unitKey: string;
  /** The link's use written with it: rewritten when the response moves, so its transaction id no longer says when this person answered. */
  tokenUseId: string;
  answers: Answers;
}

/**
 * Development and tests only (public, in the source): production refuses to
 * start without ANSWER_SEAL_KEY (see `loadConfig`).
 */
const DEVELOPMENT_KEY =
  '6465766f6e6c792d696e737072616b2d616e737765722d7365616c2d6b657921';

/** Sealed sizes are powers of two from this: the length of a sealed row says little about the answers' length. */
const SMALLEST_SIZE = 2048;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Seals and opens waiting responses: AES-256-GCM under ANSWER_SEAL_KEY,
 * bound to the survey (additional data), the content padded to a power of
 * two. The key lives in the application's environment, never in the
 * database, so a database reader (an administrator, a backup) sees only
 * equal-looking blobs beside the link uses they were written with.
 */
@Injectable()
export class AnswerSeal {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = Buffer.from(config.ANSWER_SEAL_KEY ?? DEVELOPMENT_KEY, 'hex');
  }

  seal(surveyId: string, response: SealedResponse): Buffer {
    const json = Buffer.from(JSON.stringify(response), 'utf8');
    let size = SMALLEST_SIZE;
    while (size < json.length + 4) size *= 2;
    const plain = Buffer.alloc(size);
    plain.writeUInt32BE(json.length, 0);
    json.copy(plain, 4);
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(surveyId));
    const data = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), data]);
  }

  /** Throws when the key is wrong or the row was altered or moved to another survey. */
  open(surveyId: string, sealed: Buffer): SealedResponse {
    const decipher = createDecipheriv(
      'aes-256-gcm',
      this.key,
      sealed.subarray(0, IV_BYTES),
    );
    decipher.setAAD(Buffer.from(surveyId));
    decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    const plain = Buffer.concat([
      decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)),
      decipher.final(),
    ]);
    const length = plain.readUInt32BE(0);
    return JSON.parse(
      plain.subarray(4, 4 + length).toString('utf8'),
    ) as SealedResponse;
  }
}
