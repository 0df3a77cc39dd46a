import { Inject, Injectable } from '@nestjs/common';
import * as client from 'openid-client';
import { APP_CONFIG, AppConfig } from '@inspraak/api-core';
import { IdentityProvider } from './sso.entities';
import { decryptSecret, secretEnvNameFor } from './sso-secret';
import { isLocalHttp } from './sso-issuer';

/** Why a configured provider cannot be used right now. */
export class ProviderUnavailable extends Error {}

interface Cached {
  config: client.Configuration;
  at: number;
}

const CACHE_MS = 10 * 60_000;

/**
 * openid-client configurations per provider: discovery (issuer checked by the
 * library against the document) and the client's credentials. Cached for ten
 * minutes and renewed whenever the provider row changes.
 */
@Injectable()
export class OidcClients {
  private readonly cache = new Map<string, Cached>();

  constructor(@Inject(APP_CONFIG) private readonly appConfig: AppConfig) {}

  async configurationFor(
    provider: IdentityProvider,
  ): Promise<client.Configuration> {
    const key = `${provider.id}:${provider.updatedAt.getTime()}`;
    const hit = this.cache.get(key);
    if (hit && Date.now() - hit.at < CACHE_MS) return hit.config;
    const config = await discover(
      provider.issuer,
      provider.clientId,
      this.secretOf(provider),
    );
    for (const old of this.cache.keys())
      if (old.startsWith(`${provider.id}:`)) this.cache.delete(old);
    this.cache.set(key, { config, at: Date.now() });
    return config;
  }

  /** The plain client secret, or undefined for a public client (PKCE only). */
  secretOf(provider: IdentityProvider): string | undefined {
    if (provider.clientSecretEnv) {
      // A name stored before names were bound to the organisation is not trusted.
      if (
        provider.clientSecretEnv !== secretEnvNameFor(provider.organisationId)
      )
        throw new ProviderUnavailable(
          `environment variable ${provider.clientSecretEnv} does not belong to the organisation`,
        );
      const value = process.env[provider.clientSecretEnv];
      if (!value)
        throw new ProviderUnavailable(
          `environment variable ${provider.clientSecretEnv} is not set`,
        );
      return value;
    }
    if (provider.clientSecretEncrypted) {
      const key = this.appConfig.SSO_SECRET_KEY;
      if (!key) throw new ProviderUnavailable('SSO_SECRET_KEY is not set');
      try {
        return decryptSecret(
          provider.clientSecretEncrypted,
          key,
          provider.organisationId,
        );
      } catch {
        throw new ProviderUnavailable(
          'the client secret cannot be decrypted with SSO_SECRET_KEY',
        );
      }
    }
    return undefined;
  }
}

/** Discovery through openid-client: fails when the document is missing or names another issuer. */
export function discover(
  issuer: string,
  clientId: string,
  secret: string | undefined,
): Promise<client.Configuration> {
  const url = new URL(issuer);
  return client.discovery(
    url,
    clientId,
    secret === undefined ? {} : { client_secret: secret },
    secret === undefined ? client.None() : client.ClientSecretBasic(secret),
    {
      timeout: 10,
      execute: [
        // Also verify the ID token's signature against the provider's keys, not only its claims.
        client.enableNonRepudiationChecks,
        ...(isLocalHttp(url) ? [client.allowInsecureRequests] : []),
      ],
    },
  );
}
