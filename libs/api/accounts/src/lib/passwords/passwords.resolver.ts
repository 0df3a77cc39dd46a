import {
  Args,
  Context,
  Field,
  InputType,
  Mutation,
  Resolver,
} from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import {
  Actor,
  AnyMember,
  CurrentActor,
  GraphqlContext,
  PASSWORD_MAX_LENGTH,
  PublicAccess,
  Cost,
  EXPENSIVE,
} from '@inspraak/api-core';
import { PasswordsService } from './passwords.service';

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;
  /** The policy itself (length, common, personal) is checked by the service, with a reason per refusal. */
  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH * 4)
  newPassword!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field() @IsString() @MinLength(20) @MaxLength(100) token!: string;
  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH * 4)
  newPassword!: string;
}

@Resolver()
export class PasswordsResolver {
  constructor(private readonly passwords: PasswordsService) {}

  @Mutation(() => Boolean, {
    description:
      'Changes your own password (the current one required); your other sessions end.',
  })
  @AnyMember()
  @Cost(EXPENSIVE.document)
  async changePassword(
    @CurrentActor() actor: Actor,
    @Args('input') input: ChangePasswordInput,
    @Context() { req }: GraphqlContext,
  ): Promise<boolean> {
    await this.passwords.changePassword(
      actor,
      input.currentPassword,
      input.newPassword,
      req.ip ?? 'unknown',
    );
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      'Mails a single-use link (valid one hour) to set a new password. Always true: it does not tell whether the address is known.',
  })
  @PublicAccess()
  async requestPasswordReset(
    @Args('email') email: string,
    @Context() { req }: GraphqlContext,
  ): Promise<boolean> {
    await this.passwords.requestReset(
      validEmailOrEmpty(email),
      req.ip ?? 'unknown',
    );
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      'Sets a new password with a reset link; every session of the person ends.',
  })
  @PublicAccess()
  @Cost(EXPENSIVE.document)
  async resetPassword(
    @Args('input') input: ResetPasswordInput,
  ): Promise<boolean> {
    await this.passwords.resetPassword(input.token, input.newPassword);
    return true;
  }
}

/** A malformed address gets the same answer as an unknown one; the worker finds nobody for the empty string. */
function validEmailOrEmpty(email: string): string {
  const trimmed = email.trim();
  // NUL and lone surrogates never get here (storableTextPipe); other control characters make no address either.
  const printable = [...trimmed].every(
    (character) => (character.codePointAt(0) ?? 0) >= 0x20,
  );
  return printable && trimmed.length <= 320 && /^[^\s@]+@[^\s@]+$/.test(trimmed)
    ? trimmed
    : '';
}
