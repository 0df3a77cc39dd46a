import { Field, InputType, ObjectType } from '@nestjs/graphql';
import {
  IsBoolean,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';

/** The organisation's identity provider as the advisor sees it: never the secret itself. */
@ObjectType()
export class SingleSignOnSettings {
  @Field() issuer!: string;
  @Field() clientId!: string;
  @Field({ description: 'A client secret is stored (encrypted) or named.' })
  hasClientSecret!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'The environment variable the secret is read from, if any.',
  })
  clientSecretFromEnvironment!: string | null;
  @Field() enabled!: boolean;
  @Field({
    description:
      'A directory employee without an account gets one on the first sign-in.',
  })
  createAccounts!: boolean;
  @Field({
    description: 'The address to register at the identity provider.',
  })
  redirectUri!: string;
  @Field(() => [String], {
    description: 'The organisation’s e-mail domains (organisation settings).',
  })
  emailDomains!: string[];
  @Field() passwordLoginAllowed!: boolean;
}

@InputType()
export class UpdateSingleSignOnInput {
  @Field() @IsString() @IsNotEmpty() @MaxLength(500) issuer!: string;
  @Field() @IsString() @IsNotEmpty() @MaxLength(200) clientId!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'A new secret to store encrypted; leave out to keep the stored one.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  clientSecret?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Read the secret from this environment variable (SSO_CLIENT_SECRET_…) instead.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  clientSecretFromEnvironment?: string | null;
  @Field({
    nullable: true,
    description: 'Forget the stored secret (a public client using PKCE only).',
  })
  @IsOptional()
  @IsBoolean()
  removeClientSecret?: boolean;
  @Field() @IsBoolean() enabled!: boolean;
  @Field() @IsBoolean() createAccounts!: boolean;
}
