import { Inject, Injectable } from '@nestjs/common';
import {
  Actor,
  APP_CONFIG,
  AppConfig,
  diffFields,
  Organisation,
  recordAudit,
  TenantDb,
} from '@inspraak/api-core';
import { IdentityProvider } from './sso.entities';
import { discover } from './oidc-client';
import { checkedIssuer, invalidSetting } from './sso-issuer';
import { encryptSecret, secretEnvNameFor } from './sso-secret';
import { SingleSignOnSettings, UpdateSingleSignOnInput } from './sso.types';

export const CALLBACK_PATH = '/auth/oidc/callback';

const invalid = invalidSetting;

@Injectable()
export class SsoSettingsService {
  constructor(
    private readonly db: TenantDb,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async settings(actor: Actor): Promise<SingleSignOnSettings | null> {
    const scope = this.db.scope(actor);
    const provider = await scope.repo(IdentityProvider).findOne({});
    if (!provider) return null;
    const organisation = await scope.manager.findOneByOrFail(Organisation, {
      id: actor.organisationId,
    });
    return this.view(provider, organisation);
  }

  async update(
    actor: Actor,
    input: UpdateSingleSignOnInput,
  ): Promise<SingleSignOnSettings> {
    const issuer = checkedIssuer(input.issuer);
    const clientId = input.clientId.trim();
    const secretEnv = input.clientSecretFromEnvironment?.trim() || null;
    const newSecret = input.clientSecret || null;
    if (secretEnv && newSecret)
      throw invalid('SECRET_TWICE', 'clientSecret', {
        nl: 'Geef het geheim óf hier óf via een omgevingsvariabele op, niet allebei.',
        en: 'Give the secret either here or through an environment variable, not both.',
      });
    const ownSecretEnv = secretEnvNameFor(actor.organisationId);
    if (secretEnv && secretEnv !== ownSecretEnv)
      throw invalid('SECRET_ENV_NAME', 'clientSecretFromEnvironment', {
        nl: `Deze organisatie leest haar geheim uit de omgevingsvariabele ${ownSecretEnv}, en alleen daaruit.`,
        en: `This organisation reads its secret from the environment variable ${ownSecretEnv}, and from no other.`,
      });
    if (secretEnv && !process.env[secretEnv])
      throw invalid('SECRET_ENV_MISSING', 'clientSecretFromEnvironment', {
        nl: `De omgevingsvariabele ${secretEnv} is niet gezet op de server.`,
        en: `The environment variable ${secretEnv} is not set on the server.`,
      });
    if (newSecret && !this.config.SSO_SECRET_KEY)
      throw invalid('SSO_SECRET_KEY_MISSING', 'clientSecret', {
        nl: 'De server kan geen geheim opslaan: SSO_SECRET_KEY is niet ingesteld. Gebruik een omgevingsvariabele.',
        en: 'The server cannot store a secret: SSO_SECRET_KEY is not set. Use an environment variable.',
      });

    // The issuer must answer discovery (and name itself correctly) before it is saved.
    try {
      await discover(
        issuer,
        clientId,
        secretEnv ? process.env[secretEnv] : (newSecret ?? undefined),
      );
    } catch {
      throw invalid('ISSUER_UNREACHABLE', 'issuer', {
        nl: 'Op dit adres is geen OpenID Connect-provider te vinden (discovery mislukt).',
        en: 'No OpenID Connect provider answers at this address (discovery failed).',
      });
    }

    return this.db.transaction(actor, async (scope) => {
      const organisation = await scope.manager.findOneByOrFail(Organisation, {
        id: actor.organisationId,
      });
      if (input.enabled && organisation.emailDomains.length === 0)
        throw invalid('NO_EMAIL_DOMAINS', 'enabled', {
          nl: 'Stel eerst de e-maildomeinen van de organisatie in: alleen adressen daarin kunnen via de eigen provider inloggen.',
          en: 'Set the organisation’s e-mail domains first: only addresses in them can sign in through the provider.',
        });
      const repo = scope.repo(IdentityProvider);
      const existing = await repo.findOne({});
      const provider =
        existing ??
        repo.create({
          clientSecretEncrypted: null,
          clientSecretEnv: null,
        });
      const before = existing ? { ...existing } : null;
      provider.issuer = issuer;
      provider.clientId = clientId;
      provider.enabled = input.enabled;
      provider.createAccounts = input.createAccounts;
      if (secretEnv) {
        provider.clientSecretEnv = secretEnv;
        provider.clientSecretEncrypted = null;
      } else if (newSecret) {
        provider.clientSecretEncrypted = encryptSecret(
          newSecret,
          this.config.SSO_SECRET_KEY!,
          actor.organisationId,
        );
        provider.clientSecretEnv = null;
      } else if (input.removeClientSecret) {
        provider.clientSecretEncrypted = null;
        provider.clientSecretEnv = null;
      }
      const saved = await repo.save(provider);
      const fields = [
        'issuer',
        'clientId',
        'enabled',
        'createAccounts',
        'clientSecretEnv',
      ] as const;
      const changes = before
        ? diffFields(before, saved, fields)
        : diffFields(
            {
              issuer: null,
              clientId: null,
              enabled: null,
              createAccounts: null,
              clientSecretEnv: null,
            } as unknown as IdentityProvider,
            saved,
            fields,
          );
      // The secret itself never enters the audit trail; only that it changed.
      if (
        (before?.clientSecretEncrypted ?? null) !== saved.clientSecretEncrypted
      )
        changes['clientSecret'] = [
          '***',
          saved.clientSecretEncrypted ? 'new' : null,
        ];
      await recordAudit(scope, {
        action: existing
          ? 'identity_provider.updated'
          : 'identity_provider.created',
        entityType: 'IdentityProvider',
        entityId: saved.id,
        changes,
      });
      return this.view(saved, organisation);
    });
  }

  private view(
    provider: IdentityProvider,
    organisation: Organisation,
  ): SingleSignOnSettings {
    return {
      issuer: provider.issuer,
      clientId: provider.clientId,
      hasClientSecret: !!(
        provider.clientSecretEncrypted || provider.clientSecretEnv
      ),
      clientSecretFromEnvironment: provider.clientSecretEnv,
      enabled: provider.enabled,
      createAccounts: provider.createAccounts,
      redirectUri: new URL(CALLBACK_PATH, this.config.PUBLIC_URL).toString(),
      emailDomains: organisation.emailDomains,
      passwordLoginAllowed: organisation.passwordLoginAllowed,
    };
  }
}
