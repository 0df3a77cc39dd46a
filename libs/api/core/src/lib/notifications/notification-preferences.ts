import {
  Field,
  InputType,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsIn,
  ValidateNested,
} from 'class-validator';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { TenantOwned } from '../database/tenant-owned';

/** How often waiting notifications are gathered into one mail. */
export enum DigestFrequency {
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
  OFF = 'OFF',
}

/** What a kind of notification does besides the bell (the bell always shows it). */
export enum NotificationMailMode {
  IMMEDIATE = 'IMMEDIATE',
  DIGEST = 'DIGEST',
  NEVER = 'NEVER',
}

/** The groups a person sets a mail mode for; every notification kind belongs to one. */
export enum NotificationCategory {
  AGREEMENT = 'AGREEMENT',
  ACTION = 'ACTION',
  ACCOUNT = 'ACCOUNT',
  /** WOR procedure deadlines: legal, so always mailed at once (see `LOCKED_IMMEDIATE`). */
  LEGAL_DEADLINE = 'LEGAL_DEADLINE',
  OTHER = 'OTHER',
}

export type MailLanguage = 'nl' | 'en';

registerEnumType(DigestFrequency, { name: 'DigestFrequency' });
registerEnumType(NotificationMailMode, { name: 'NotificationMailMode' });
registerEnumType(NotificationCategory, { name: 'NotificationCategory' });

/** Categories whose mail cannot be moved to the digest or switched off: a missed legal deadline cannot be repaired. */
export const LOCKED_IMMEDIATE: ReadonlySet<NotificationCategory> = new Set([
  NotificationCategory.LEGAL_DEADLINE,
]);

/** Without a choice of their own, everything a person may choose for goes into a daily digest. */
export const DEFAULT_MAIL_MODE = NotificationMailMode.DIGEST;
export const DEFAULT_DIGEST = DigestFrequency.DAILY;

/** The category of a stable notification kind (`procedure.deadline-7`, `agreement.lapsed`, …). */
export function categoryOf(kind: string): NotificationCategory {
  const prefix = kind.split('.')[0];
  if (prefix === 'procedure' && kind.startsWith('procedure.deadline-'))
    return NotificationCategory.LEGAL_DEADLINE;
  if (prefix === 'agreement') return NotificationCategory.AGREEMENT;
  if (prefix === 'action') return NotificationCategory.ACTION;
  if (prefix === 'account') return NotificationCategory.ACCOUNT;
  return NotificationCategory.OTHER;
}

/** The mail mode for a kind, with the legal deadlines held at "immediately" whatever is stored. */
export function mailModeFor(
  kind: string,
  modes: Partial<Record<NotificationCategory, NotificationMailMode>>,
): NotificationMailMode {
  const category = categoryOf(kind);
  if (LOCKED_IMMEDIATE.has(category)) return NotificationMailMode.IMMEDIATE;
  return modes[category] ?? DEFAULT_MAIL_MODE;
}

/** One person's mail choices in one organisation; no row means the defaults. */
@Entity()
@Unique(['organisationId', 'userId'])
export class NotificationPreference extends TenantOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  userId!: string;

  @Column('varchar', { length: 10, default: DEFAULT_DIGEST })
  digest!: DigestFrequency;

  /** The language of this person's mail (the bell follows the interface's language). */
  @Column('varchar', { length: 2, default: 'nl' })
  language!: MailLanguage;

  /** Mail mode per category; a category not in it has `DEFAULT_MAIL_MODE`. */
  @Column('jsonb', { default: () => "'{}'" })
  modes!: Partial<Record<NotificationCategory, NotificationMailMode>>;
}

/**
 * One digest mail per person and period (`2026-12-07` for a day, `2026-W50`
 * for a week): claimed in the transaction that sends it, so a retried job or
 * a second worker finds the claim and sends nothing.
 */
@Entity()
@Unique(['organisationId', 'userId', 'period'])
export class NotificationDigest extends TenantOwned {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  userId!: string;

  @Column('varchar', { length: 10 })
  period!: string;

  @Column('int')
  itemCount!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  sentAt!: Date;
}

@ObjectType()
export class NotificationCategoryPreference {
  @Field(() => NotificationCategory)
  category!: NotificationCategory;

  @Field(() => NotificationMailMode)
  mode!: NotificationMailMode;

  @Field({
    description: 'True when the mode cannot be changed (legal deadlines).',
  })
  locked!: boolean;
}

@ObjectType()
export class NotificationPreferencesModel {
  @Field(() => DigestFrequency)
  digest!: DigestFrequency;

  @Field({ description: 'Language of the mail: nl or en.' })
  language!: string;

  @Field(() => [NotificationCategoryPreference])
  categories!: NotificationCategoryPreference[];
}

@InputType()
export class NotificationCategoryPreferenceInput {
  @Field(() => NotificationCategory)
  @IsEnum(NotificationCategory)
  category!: NotificationCategory;

  @Field(() => NotificationMailMode)
  @IsEnum(NotificationMailMode)
  mode!: NotificationMailMode;
}

@InputType()
export class NotificationPreferencesInput {
  @Field(() => DigestFrequency)
  @IsEnum(DigestFrequency)
  digest!: DigestFrequency;

  @Field({ description: 'nl or en.' })
  @IsIn(['nl', 'en'])
  language!: string;

  @Field(() => [NotificationCategoryPreferenceInput])
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => NotificationCategoryPreferenceInput)
  categories!: NotificationCategoryPreferenceInput[];
}

/** The categories a person sees in their preferences, in this order. */
export const CHOOSABLE_CATEGORIES: readonly NotificationCategory[] = [
  NotificationCategory.ACTION,
  NotificationCategory.AGREEMENT,
  NotificationCategory.ACCOUNT,
  NotificationCategory.OTHER,
  NotificationCategory.LEGAL_DEADLINE,
];

export function preferencesModel(
  stored: Pick<NotificationPreference, 'digest' | 'language' | 'modes'> | null,
): NotificationPreferencesModel {
  const modes = stored?.modes ?? {};
  return {
    digest: stored?.digest ?? DEFAULT_DIGEST,
    language: stored?.language ?? 'nl',
    categories: CHOOSABLE_CATEGORIES.map((category) => ({
      category,
      locked: LOCKED_IMMEDIATE.has(category),
      mode: LOCKED_IMMEDIATE.has(category)
        ? NotificationMailMode.IMMEDIATE
        : (modes[category] ?? DEFAULT_MAIL_MODE),
    })),
  };
}
