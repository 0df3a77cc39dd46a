import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@inspraak/domain';
import { Actor, CurrentActor, RequireRoles } from '@inspraak/api-core';
import { SsoSettingsService } from './sso-settings.service';
import { SingleSignOnSettings, UpdateSingleSignOnInput } from './sso.types';

/** The organisation's identity provider, kept by the advisor. */
@Resolver()
@RequireRoles(Role.ADVISEUR)
export class SsoResolver {
  constructor(private readonly settings: SsoSettingsService) {}

  @Query(() => SingleSignOnSettings, { nullable: true })
  singleSignOnSettings(
    @CurrentActor() actor: Actor,
  ): Promise<SingleSignOnSettings | null> {
    return this.settings.settings(actor);
  }

  @Mutation(() => SingleSignOnSettings)
  updateSingleSignOn(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateSingleSignOnInput,
  ): Promise<SingleSignOnSettings> {
    return this.settings.update(actor, input);
  }
}
