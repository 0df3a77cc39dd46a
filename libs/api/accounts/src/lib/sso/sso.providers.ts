import type { Provider, Type } from '@nestjs/common';
import { OidcClients } from './oidc-client';
import { OidcController } from './oidc.controller';
import { OidcSignInService } from './oidc-sign-in.service';
import { IdentityProvider, OidcSignInAttempt } from './sso.entities';
import { SsoResolver } from './sso.resolver';
import { SsoSettingsService } from './sso-settings.service';

/** Single sign-on (OpenID Connect): resolvers and services for the API. */
export const SSO_RESOLVERS: Type[] = [SsoResolver];
export const SSO_API_PROVIDERS: Provider[] = [
  OidcClients,
  OidcSignInService,
  SsoSettingsService,
];
/** HTTP routes of the sign-in redirect and callback. */
export const SSO_CONTROLLERS: Type[] = [OidcController];
export const SSO_ENTITIES: Type[] = [IdentityProvider, OidcSignInAttempt];
