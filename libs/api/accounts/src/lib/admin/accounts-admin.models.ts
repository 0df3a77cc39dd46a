import {
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { Role } from '@inspraak/domain';

export enum AccountStatus {
  /** Invited; the link has not been used yet. */
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  /** Blocked by the advisor. */
  BLOCKED = 'BLOCKED',
  /** Out of service according to the directory. */
  LEFT = 'LEFT',
}
registerEnumType(AccountStatus, { name: 'AccountStatus' });

@ObjectType('Account', {
  description:
    "A person's account in this organisation, linked to their directory entry.",
})
export class AccountModel {
  @Field(() => ID) membershipId!: string;
  @Field(() => ID) userId!: string;
  @Field(() => ID, { nullable: true }) employeeId!: string | null;
  @Field() displayName!: string;
  @Field() email!: string;
  @Field(() => String, { nullable: true }) departmentName!: string | null;
  /** Always includes MEDEWERKER. */
  @Field(() => [Role]) roles!: Role[];
  @Field(() => AccountStatus) status!: AccountStatus;
  @Field(() => GraphQLISODateTime, { nullable: true })
  lastSignInAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true })
  invitedAt!: Date | null;
}

@ObjectType('AccountPage')
export class AccountPageModel {
  @Field(() => Int) total!: number;
  @Field(() => [AccountModel]) items!: AccountModel[];
}

@InputType()
export class AccountFilter {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;
  @Field(() => AccountStatus, { nullable: true })
  @IsOptional()
  @IsEnum(AccountStatus)
  status?: AccountStatus;
}

@ObjectType('OrganisationSettings')
export class OrganisationSettingsModel {
  @Field() name!: string;
  @Field(() => [String]) emailDomains!: string[];
  @Field() passwordLoginAllowed!: boolean;
  @Field(() => Int) idleTimeoutMinutes!: number;
}

@InputType()
export class OrganisationSettingsInput {
  @Field() @IsString() @MinLength(2) @MaxLength(200) name!: string;
  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(253, { each: true })
  emailDomains!: string[];
  @Field() @IsBoolean() passwordLoginAllowed!: boolean;
  @Field(() => Int) @IsInt() @Min(5) @Max(24 * 60) idleTimeoutMinutes!: number;
}
