import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** Client secrets in the database: AES-256-GCM under SSO_SECRET_KEY, bound to the organisation (additional data). */
const VERSION = 'v1';

export function encryptSecret(
  plain: string,
  keyHex: string,
  organisationId: string,
): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(keyHex, 'hex'), iv);
  cipher.setAAD(Buffer.from(organisationId));
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), data]
    .map((part) =>
      typeof part === 'string' ? part : part.toString('base64url'),
    )
    .join('.');
}

/** The plain secret; throws when the key is wrong or the value was tampered with. */
export function decryptSecret(
  stored: string,
  keyHex: string,
  organisationId: string,
): string {
  const [version, iv, tag, data] = stored.split('.');
  if (version !== VERSION || !iv || !tag || data === undefined)
    throw new Error('Unknown client secret format');
  const decipher = createDecipheriv(
    'aes-256-gcm',
    Buffer.from(keyHex, 'hex'),
    Buffer.from(iv, 'base64url'),
  );
  decipher.setAAD(Buffer.from(organisationId));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([
    decipher.update(Buffer.from(data, 'base64url')),
    decipher.final(),
  ]).toString('utf8');
}

/** Only variables with this prefix may hold a secret: an advisor must not be able to send DATABASE_URL to "their" provider. */
export const SECRET_ENV_PREFIX = 'SSO_CLIENT_SECRET_';

/**
 * The one variable an organisation's secret may come from: the prefix and the
 * organisation's id (capitals, no dashes). Bound to the organisation, so an
 * advisor cannot point their own provider at another organisation's secret.
 */
export function secretEnvNameFor(organisationId: string): string {
  return `${SECRET_ENV_PREFIX}${organisationId.replace(/-/g, '').toUpperCase()}`;
}
