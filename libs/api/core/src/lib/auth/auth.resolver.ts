import { Cost, EXPENSIVE } from '../graphql/query-limits';
import {
  Args,
  Context,
  Field,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
} from '@nestjs/graphql';
import { Role } from '@inspraak/domain';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import type { Actor } from './actor';
import {
  AnyMember,
  CurrentActor,
  OptionalActor,
  PublicAccess,
} from './access.decorators';
import { AuthService } from './auth.service';
import type { GraphqlContext } from './session-cookies';
import { SignInMethod } from './auth.entities';
import { IdArg } from '../graphql/id-arg';

registerEnumType(Role, {
  name: 'Role',
  description: 'Role of a person within one organisation.',
});

@ObjectType('Organisation')
export class OrganisationModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

registerEnumType(SignInMethod, {
  name: 'SignInMethod',
  description:
    'How a session began: with a password or through single sign-on.',
});

@ObjectType('ViewerOrganisation', {
  description:
    'An organisation the person may switch to, with their roles there.',
})
export class ViewerOrganisationModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => [Role]) roles!: Role[];
}

@ObjectType('Viewer')
export class ViewerModel {
  @Field(() => ID) userId!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field(() => OrganisationModel) organisation!: OrganisationModel;
  @Field(() => [Role]) roles!: Role[];
  @Field(() => SignInMethod) signInMethod!: SignInMethod;
  @Field(() => [ViewerOrganisationModel], {
    description:
      'Every organisation the person has access to, the current one included.',
  })
  organisations!: ViewerOrganisationModel[];
}

@InputType()
export class LoginInput {
  @Field() @IsEmail() @MaxLength(320) email!: string;
  @Field() @IsString() @MinLength(1) @MaxLength(200) password!: string;
}

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Query(() => ViewerModel, {
    nullable: true,
    description: 'The logged-in person, or null.',
  })
  @PublicAccess()
  async viewer(
    @OptionalActor() actor: Actor | null,
  ): Promise<ViewerModel | null> {
    return actor ? this.toViewer(actor) : null;
  }

  @Mutation(() => ViewerModel)
  @PublicAccess()
  @Cost(EXPENSIVE.document)
  async login(
    @Args('input') input: LoginInput,
    @Context() { req, res }: GraphqlContext,
  ): Promise<ViewerModel> {
    const actor = await this.auth.login(
      input.email,
      input.password,
      req.ip ?? 'unknown',
      req,
      res,
    );
    return this.toViewer(actor);
  }

  @Mutation(() => ViewerModel, {
    description:
      'Moves the current session to another organisation of the same person, without signing in again.',
  })
  @AnyMember()
  async switchOrganisation(
    @CurrentActor() actor: Actor,
    @IdArg('organisationId') organisationId: string,
    @Context() { req }: GraphqlContext,
  ): Promise<ViewerModel> {
    const switched = await this.auth.switchOrganisation(
      actor,
      organisationId,
      req,
    );
    return this.toViewer(switched);
  }

  @Mutation(() => Boolean)
  @AnyMember()
  async logout(
    @CurrentActor() _actor: Actor,
    @Context() { req, res }: GraphqlContext,
  ): Promise<boolean> {
    await this.auth.logout(req, res);
    return true;
  }

  private async toViewer(actor: Actor): Promise<ViewerModel> {
    return this.auth.viewerFor(actor);
  }
}
