import {
  Args,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  Query,
  Resolver,
} from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { Role, type StratumDimension } from '@inspraak/domain';
import {
  Actor,
  AnyMember,
  CurrentActor,
  IdArg,
  RequireRoles,
  Cost,
  EXPENSIVE,
} from '@inspraak/api-core';
import { WayOfTakingPart } from './participants.entities';
import {
  SortitionDraw,
  SortitionDrawDetail,
  SortitionVerificationModel,
} from './sortition.entities';
import { SortitionService } from './sortition.service';

const STRATA: StratumDimension[] = ['department', 'location', 'contractType'];

@InputType()
export class DrawInput {
  @Field() @IsString() @MinLength(1) @MaxLength(200) title!: string;
  @Field(() => WayOfTakingPart, {
    defaultValue: WayOfTakingPart.SOUNDING_BOARD,
  })
  @IsEnum(WayOfTakingPart)
  wayOfTakingPart: WayOfTakingPart = WayOfTakingPart.SOUNDING_BOARD;
  @Field(() => Int) @IsInt() @Min(1) @Max(500) seats!: number;
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0) @Max(500) reserves =
    0;
  /** Any of: department, location, contractType. */
  @Field(() => [String], { defaultValue: ['department'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @IsIn(STRATA, { each: true })
  strataBy: StratumDimension[] = ['department'];
  /** Leave empty for a random seed (recommended); give one only to redo a published draw. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  seed?: string | null;
  /** The trajectory the draw is made for (optional): its workgroups and calls are the next step. */
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  trajectoryId?: string | null;
}

/** Fair draws: the advisor draws, any member can check a draw against its recorded inputs. */
@Resolver()
export class SortitionResolver {
  constructor(private readonly sortition: SortitionService) {}

  @Mutation(() => SortitionDrawDetail)
  @RequireRoles(Role.ADVISEUR)
  @Cost(EXPENSIVE.computed)
  drawSortition(
    @CurrentActor() actor: Actor,
    @Args('input') input: DrawInput,
  ): Promise<SortitionDrawDetail> {
    return this.sortition.draw(actor, input);
  }

  @Query(() => [SortitionDraw])
  @RequireRoles(Role.ADVISEUR)
  sortitionDraws(@CurrentActor() actor: Actor): Promise<SortitionDraw[]> {
    return this.sortition.list(actor);
  }

  @Query(() => SortitionDrawDetail)
  @RequireRoles(Role.ADVISEUR)
  sortitionDraw(
    @CurrentActor() actor: Actor,
    @IdArg() id: string,
  ): Promise<SortitionDrawDetail> {
    return this.sortition.get(actor, id);
  }

  @Query(() => SortitionVerificationModel)
  @AnyMember()
  @Cost(EXPENSIVE.computed)
  verifySortitionDraw(
    @CurrentActor() actor: Actor,
    @IdArg() id: string,
  ): Promise<SortitionVerificationModel> {
    return this.sortition.verify(actor, id);
  }
}
