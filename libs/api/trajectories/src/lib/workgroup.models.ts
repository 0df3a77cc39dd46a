import { Field, ID, ObjectType } from '@nestjs/graphql';
import { BoundedList } from '@inspraak/api-core';
import {
  TrajectoryDocument,
  Workgroup,
  WorkgroupMembership,
} from './workgroup.entities';

/** A workgroup as the caller may see it; members and documents only for its members and the regie team. */
@ObjectType('WorkgroupView')
export class WorkgroupView extends Workgroup {
  @Field(() => ID, { nullable: true }) myMembershipId!: string | null;
  @Field() canManage!: boolean;
  @BoundedList(8)
  @Field(() => [WorkgroupMembership])
  members!: WorkgroupMembership[];
  /** What the regie team wrote with its decision on my application. */
  @Field(() => String, { nullable: true }) myDecisionNote!: string | null;
  @BoundedList(4)
  @Field(() => [TrajectoryDocument])
  documents!: TrajectoryDocument[];
}
