import type { Provider, Type } from '@nestjs/common';

/** Single sign-on (OpenID Connect): resolvers and services for the API. */
export const SSO_RESOLVERS: Type[] = [];
export const SSO_API_PROVIDERS: Provider[] = [];
/** HTTP routes of the sign-in redirect and callback. */
export const SSO_CONTROLLERS: Type[] = [];
export const SSO_ENTITIES: Type[] = [];
