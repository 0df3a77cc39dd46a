import { Field, ID, InputType } from '@nestjs/graphql';
import {
  IsBoolean,
  IsEmail,
  IsEnum,
  IsString,
  IsNotEmpty,
  IsOptional,
  IsUUID,
  MaxLength,
} from 'class-validator';
import {
  ContractType,
  EmploymentStatus,
  ImportMode,
} from '../directory.entities';

import { IsCalendarDate } from '@inspraak/api-core';

export { PageInput } from '@inspraak/api-core';

@InputType()
export class EmployeeFilter {
  @Field({ nullable: true }) @IsOptional() @MaxLength(200) search?: string;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  departmentId?: string;
  @Field(() => Boolean, { defaultValue: true })
  @IsBoolean()
  includeSubDepartments = true;
  @Field(() => EmploymentStatus, { nullable: true })
  @IsOptional()
  @IsEnum(EmploymentStatus)
  status?: EmploymentStatus;
}

@InputType()
export class EmployeeInput {
  @Field() @IsNotEmpty() @MaxLength(50) employeeNumber!: string;
  @Field() @IsNotEmpty() @MaxLength(100) firstName!: string;
  @Field() @IsNotEmpty() @MaxLength(150) lastName!: string;
  @Field() @IsEmail() @MaxLength(320) email!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() departmentId?:
    | string
    | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  location?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(150)
  jobTitle?: string | null;
  @Field(() => ContractType, { nullable: true })
  @IsOptional()
  @IsEnum(ContractType)
  contractType?: ContractType | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  employmentStart?: string | null;
}

@InputType()
export class DepartmentInput {
  @Field() @IsNotEmpty() @MaxLength(200) name!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() parentId?:
    | string
    | null;
}

@InputType()
export class StartEmployeeImportInput {
  @Field() @IsNotEmpty() @MaxLength(255) fileName!: string;
  /** The file's bytes, base64: the server must see the raw bytes to judge the encoding. */
  @Field() @IsString() contentBase64!: string;
  @Field(() => ImportMode) @IsEnum(ImportMode) mode!: ImportMode;
  /** Confirms a full import that marks more than a fifth of the active employees as left. */
  @Field(() => Boolean, { defaultValue: false }) @IsBoolean() allowManyLeavers =
    false;
}
