import {
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
} from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';

/** Whom to invite: any combination of people, departments and everyone who has no account yet. */
@InputType()
export class InviteEmployeesInput {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50_000)
  @IsUUID('all', { each: true })
  employeeIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(1_000)
  @IsUUID('all', { each: true })
  departmentIds?: string[] | null;

  /** With the departments below the chosen ones. */
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  includeSubDepartments?: boolean | null;

  /** Every active employee without an active account and without an invitation that still works. */
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  everyoneWithoutAccount?: boolean | null;
}

@ObjectType('InvitationRun')
export class InvitationRunModel {
  @Field(() => ID) id!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  /** Invitations the request created. */
  @Field(() => Int) invitationCount!: number;
  /** Waiting for the worker (or being sent). */
  @Field(() => Int) pending!: number;
  @Field(() => Int) sent!: number;
  /** The mail server refused three times. */
  @Field(() => Int) failed!: number;
  @Field(() => Int) accepted!: number;
  /** Replaced by a newer invitation, or no longer needed. */
  @Field(() => Int) revoked!: number;
}

/** What the invitation page shows before the person chooses a password. */
@ObjectType('InvitationDetails')
export class InvitationDetailsModel {
  @Field() organisationName!: string;
  @Field() displayName!: string;
  @Field() email!: string;
  @Field(() => GraphQLISODateTime) expiresAt!: Date;
  @Field() expired!: boolean;
  /** The link was used already (or replaced by a newer one). */
  @Field() used!: boolean;
  /** The person has a password already (from another organisation): accepting asks for that password instead of a new one. */
  @Field() passwordExists!: boolean;
  /** The organisation allows only single sign-on: the link cannot set a password; the person signs in through the identity provider. */
  @Field() singleSignOnRequired!: boolean;
}

@InputType()
export class AcceptInvitationInput {
  @Field() @IsString() @MinLength(10) @MaxLength(200) token!: string;
  /** A new password, or the existing one when `passwordExists`. */
  @Field() @IsString() @MinLength(1) @MaxLength(200) password!: string;
}
