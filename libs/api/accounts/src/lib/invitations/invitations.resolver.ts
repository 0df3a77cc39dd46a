import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@inspraak/domain';
import {
  Actor,
  AuthService,
  CurrentActor,
  GraphqlContext,
  IdArg,
  PublicAccess,
  RequireRoles,
  ViewerModel,
  Cost,
  EXPENSIVE,
} from '@inspraak/api-core';
import {
  AcceptInvitationInput,
  InvitationDetailsModel,
  InvitationRunModel,
  InviteEmployeesInput,
} from './invitation.models';
import { InvitationsService } from './invitations.service';

@Resolver()
export class InvitationsResolver {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly auth: AuthService,
  ) {}

  @Mutation(() => InvitationRunModel, {
    description:
      'Invites active directory entries (people, departments, everyone without an account) to choose a password; the worker mails them.',
  })
  @RequireRoles(Role.ADVISEUR, Role.HR)
  @Cost(EXPENSIVE.computed)
  inviteEmployees(
    @CurrentActor() actor: Actor,
    @Args('input') input: InviteEmployeesInput,
  ): Promise<InvitationRunModel> {
    return this.invitations.invite(actor, input);
  }

  @Query(() => InvitationRunModel)
  @RequireRoles(Role.ADVISEUR, Role.HR)
  invitationRun(
    @CurrentActor() actor: Actor,
    @IdArg() id: string,
  ): Promise<InvitationRunModel> {
    return this.invitations.run(actor, id);
  }

  @Query(() => [InvitationRunModel], {
    description: 'The last 100 invitation runs, newest first, with progress.',
  })
  @RequireRoles(Role.ADVISEUR, Role.HR)
  invitationRuns(@CurrentActor() actor: Actor): Promise<InvitationRunModel[]> {
    return this.invitations.runs(actor);
  }

  @Query(() => InvitationDetailsModel, {
    description:
      'What an invitation link is for (NOT_FOUND for an unknown link).',
  })
  @PublicAccess()
  invitation(@Args('token') token: string): Promise<InvitationDetailsModel> {
    return this.invitations.details(token);
  }

  @Mutation(() => ViewerModel, {
    description:
      'Uses an invitation link once: sets the password (or checks the existing one), activates the account and signs in.',
  })
  @PublicAccess()
  @Cost(EXPENSIVE.document)
  async acceptInvitation(
    @Args('input') input: AcceptInvitationInput,
    @Context() { req, res }: GraphqlContext,
  ): Promise<ViewerModel> {
    const actor = await this.invitations.accept(
      input.token,
      input.password,
      req,
      res,
    );
    return this.auth.viewerFor(actor) as Promise<ViewerModel>;
  }
}
