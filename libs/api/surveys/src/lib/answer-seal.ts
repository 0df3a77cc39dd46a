import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@inspraak/api-core';
import { LIMITS, type Answers, type SurveyDefinition } from '@inspraak/domain';

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

const IV_BYTES = 12;
const TAG_BYTES = 16;
/** A sealed reporting unit: a key of at most 100 characters, always this size. */
const UNIT_SIZE = 512;

/**
 * The one size every waiting response of a survey is sealed to: room for the
 * longest answers its questions allow (a text character takes at most 6
 * bytes in JSON), rounded up to a power of two. A sealed row's length then
 * says nothing about its answers (the inbox is emptied at every release, so
 * the room costs little).
 */
export function sealedSizeFor(definition: SurveyDefinition): number {
  let bound = 1024;
  for (const question of definition.sections.flatMap((s) => s.questions)) {
    bound += question.key.length + 64;
    if (question.kind === 'SHORT_TEXT') bound += 6 * LIMITS.shortAnswer;
    else if (question.kind === 'LONG_TEXT') bound += 6 * LIMITS.longAnswer;
    else
      bound += question.options.reduce(
        (sum, option) => sum + option.key.length + 8,
        16,
      );
  }
  let size = 2048;
  while (size < bound) size *= 2;
  return size;
}

/**
 * Seals and opens waiting responses: AES-256-GCM under ANSWER_SEAL_KEY,
 * bound to the survey (additional data), every row of a survey padded to
 * one size. The key lives in the application's environment, never in the
 * database, so a database reader (an administrator, a backup) sees only
 * equal-looking blobs beside the link uses they were written with.
 */
@Injectable()
export class AnswerSeal {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = Buffer.from(config.ANSWER_SEAL_KEY ?? DEVELOPMENT_KEY, 'hex');
  }

  /** A waiting response, padded to `size` (`sealedSizeFor` the survey's questions). */
  seal(surveyId: string, response: SealedResponse, size: number): Buffer {
    return this.sealJson(surveyId, response, size);
  }

  /** Throws when the key is wrong or the row was altered or moved to another survey. */
  open(surveyId: string, sealed: Buffer): SealedResponse {
    return this.openJson(surveyId, sealed) as SealedResponse;
  }

  /** A released response's reporting unit, kept sealed until the survey closes. */
  sealUnit(surveyId: string, unitKey: string): Buffer {
    return this.sealJson(surveyId, { unitKey }, UNIT_SIZE);
  }

  openUnit(surveyId: string, sealed: Buffer): string {
    return (this.openJson(surveyId, sealed) as { unitKey: string }).unitKey;
  }

  private sealJson(surveyId: string, value: unknown, size: number): Buffer {
    const json = Buffer.from(JSON.stringify(value), 'utf8');
    // Never truncated: a larger content than foreseen takes the next power of two.
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

  private openJson(surveyId: string, sealed: Buffer): unknown {
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
    return JSON.parse(plain.subarray(4, 4 + length).toString('utf8'));
  }
}
