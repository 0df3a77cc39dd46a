import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@inspraak/domain';
import {
  Actor,
  CurrentActor,
  IdArg,
  PageInput,
  RequireRoles,
} from '@inspraak/api-core';
import {
  AccountFilter,
  AccountModel,
  AccountPageModel,
  OrganisationSettingsInput,
  OrganisationSettingsModel,
} from './accounts-admin.models';
import { AccountsAdminService } from './accounts-admin.service';

/** The accounts page and the organisation's settings. HR sees accounts (and invites); only the advisor changes them. */
@Resolver()
export class AccountsAdminResolver {
  constructor(private readonly admin: AccountsAdminService) {}

  @Query(() => AccountPageModel, {
    description: 'Accounts of this organisation, with search and filters.',
  })
  @RequireRoles(Role.ADVISEUR, Role.HR)
  accounts(
    @CurrentActor() actor: Actor,
    @Args('filter', { nullable: true }) filter?: AccountFilter,
    @Args('page', { nullable: true }) page?: PageInput,
  ): Promise<AccountPageModel> {
    return this.admin.accounts(
      actor,
      filter ?? new AccountFilter(),
      page ?? new PageInput(),
    );
  }

  @Mutation(() => AccountModel, {
    description:
      "Sets an account's roles (MEDEWERKER is always kept; the last advisor keeps ADVISEUR).",
  })
  @RequireRoles(Role.ADVISEUR)
  setAccountRoles(
    @CurrentActor() actor: Actor,
    @IdArg('membershipId') membershipId: string,
    @Args('roles', { type: () => [Role] }) roles: Role[],
  ): Promise<AccountModel> {
    return this.admin.setRoles(actor, membershipId, roles);
  }

  @Mutation(() => AccountModel, {
    description: 'Blocks an account in this organisation; its sessions end.',
  })
  @RequireRoles(Role.ADVISEUR)
  blockAccount(
    @CurrentActor() actor: Actor,
    @IdArg('membershipId') membershipId: string,
  ): Promise<AccountModel> {
    return this.admin.setBlocked(actor, membershipId, true);
  }

  @Mutation(() => AccountModel)
  @RequireRoles(Role.ADVISEUR)
  unblockAccount(
    @CurrentActor() actor: Actor,
    @IdArg('membershipId') membershipId: string,
  ): Promise<AccountModel> {
    return this.admin.setBlocked(actor, membershipId, false);
  }

  @Query(() => OrganisationSettingsModel)
  @RequireRoles(Role.ADVISEUR)
  organisationSettings(
    @CurrentActor() actor: Actor,
  ): Promise<OrganisationSettingsModel> {
    return this.admin.settings(actor);
  }

  @Mutation(() => OrganisationSettingsModel)
  @RequireRoles(Role.ADVISEUR)
  updateOrganisationSettings(
    @CurrentActor() actor: Actor,
    @Args('input') input: OrganisationSettingsInput,
  ): Promise<OrganisationSettingsModel> {
    return this.admin.updateSettings(actor, input);
  }
}
