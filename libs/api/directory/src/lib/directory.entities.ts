import {
  Field,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { TenantOwned } from '@inspraak/api-core';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';

export enum ContractType {
  VAST = 'VAST',
  TIJDELIJK = 'TIJDELIJK',
  OPROEP = 'OPROEP',
  INHUUR = 'INHUUR',
  STAGE = 'STAGE',
}

export enum EmploymentStatus {
  ACTIVE = 'ACTIVE',
  LEFT = 'LEFT',
}

export enum ImportMode {
  /** The file is the whole workforce: whoever is missing has left. */
  FULL = 'FULL',
  /** The file holds only new and changed people. */
  PARTIAL = 'PARTIAL',
}

export enum ImportStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
}

registerEnumType(ContractType, { name: 'ContractType' });
registerEnumType(EmploymentStatus, { name: 'EmploymentStatus' });
registerEnumType(ImportMode, { name: 'ImportMode' });
registerEnumType(ImportStatus, { name: 'ImportStatus' });

@ObjectType()
@Entity()
// Sibling names are unique regardless of case, top level included (NULLS NOT DISTINCT):
// an expression index TypeORM cannot describe, so the migration creates it.
@Index('UQ_department_sibling_name', { synchronize: false })
export class Department extends TenantOwned {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column('varchar', { length: 200 })
  name!: string;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column('uuid', { nullable: true })
  parentId!: string | null;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_id' })
  parent?: Department | null;

  /** Filled by the list query (one GROUP BY for all departments), not stored. */
  @Field(() => Int)
  activeEmployeeCount = 0;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

@ObjectType()
@Entity()
@Unique(['organisationId', 'employeeNumber'])
@Unique(['organisationId', 'email'])
@Index(['organisationId', 'lastName'])
export class Employee extends TenantOwned {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Personeelsnummer: the key an HR export is matched on. */
  @Field()
  @Column('varchar', { length: 50 })
  employeeNumber!: string;

  @Field()
  @Column('varchar', { length: 100 })
  firstName!: string;

  /** Including the Dutch name prefix (tussenvoegsel), e.g. "van der Berg". */
  @Field()
  @Column('varchar', { length: 150 })
  lastName!: string;

  @Field()
  get fullName(): string {
    return `${this.firstName} ${this.lastName}`;
  }

  /** Stored lower-cased. */
  @Field()
  @Column('varchar', { length: 320 })
  email!: string;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column('uuid', { nullable: true })
  departmentId!: string | null;

  @Field(() => Department, { nullable: true })
  @ManyToOne(() => Department, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'department_id' })
  department?: Department | null;

  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 100, nullable: true })
  location!: string | null;

  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 150, nullable: true })
  jobTitle!: string | null;

  @Field(() => ContractType, { nullable: true })
  @Column({
    type: 'enum',
    enum: ContractType,
    enumName: 'contract_type',
    nullable: true,
  })
  contractType!: ContractType | null;

  /** Calendar date `YYYY-MM-DD`; PostgreSQL `date` comes back as that string. */
  @Field(() => String, { nullable: true })
  @Column('date', { nullable: true })
  employmentStart!: string | null;

  @Field(() => EmploymentStatus)
  @Column({
    type: 'enum',
    enum: EmploymentStatus,
    enumName: 'employment_status',
    default: EmploymentStatus.ACTIVE,
  })
  status!: EmploymentStatus;

  @Field(() => String, { nullable: true })
  @Column('date', { nullable: true })
  leftOn!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

@ObjectType()
export class ImportRowError {
  /** Line number in the file; the header is line 1. */
  @Field(() => Int) row!: number;
  /** Column name as written in the file's header; empty for the whole row. */
  @Field() column!: string;
  /** Stable code: REQUIRED, INVALID_EMAIL, INVALID_DATE, INVALID_CONTRACT_TYPE, DUPLICATE_EMPLOYEE_NUMBER, DUPLICATE_EMAIL, TOO_LONG, WRONG_COLUMN_COUNT. */
  @Field() code!: string;
  @Field(() => String, { nullable: true }) value!: string | null;
}

@ObjectType()
@Entity()
@Index(['organisationId', 'createdAt'])
export class EmployeeImport extends TenantOwned {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column('varchar', { length: 255 })
  fileName!: string;

  @Field(() => ImportMode)
  @Column({ type: 'enum', enum: ImportMode, enumName: 'import_mode' })
  mode!: ImportMode;

  /** A full import may mark more than a fifth of the workforce as left only when the uploader confirmed it. */
  @Field()
  @Column('boolean', { default: false })
  allowManyLeavers!: boolean;

  @Field(() => ImportStatus)
  @Column({
    type: 'enum',
    enum: ImportStatus,
    enumName: 'import_status',
    default: ImportStatus.QUEUED,
  })
  status!: ImportStatus;

  /** The uploaded file; cleared once processed so personal data is not kept twice. */
  @Column('bytea', { nullable: true, select: false })
  content!: Buffer | null;

  @Field(() => Int)
  @Column('int', { default: 0 })
  progress!: number;

  @Field(() => Int)
  @Column('int', { default: 0 })
  totalRows!: number;

  @Field(() => Int)
  @Column('int', { default: 0 })
  processedRows!: number;

  @Field(() => Int)
  @Column('int', { default: 0 })
  createdCount!: number;

  @Field(() => Int)
  @Column('int', { default: 0 })
  updatedCount!: number;

  @Field(() => Int)
  @Column('int', { default: 0 })
  unchangedCount!: number;

  @Field(() => Int)
  @Column('int', { default: 0 })
  markedLeftCount!: number;

  @Field(() => Int)
  @Column('int', { default: 0 })
  errorCount!: number;

  @Field(() => [ImportRowError])
  @Column('jsonb', { default: [] })
  errors!: ImportRowError[];

  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 80, nullable: true })
  failureCode!: string | null;

  @Column('uuid')
  createdByUserId!: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  finishedAt!: Date | null;
}

export const DIRECTORY_ENTITIES = [Department, Employee, EmployeeImport];
