import { Field, ID, ObjectType } from '@nestjs/graphql';
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
  @Field(() => [WorkgroupMembership]) members!: WorkgroupMembership[];
  @Field(() => [TrajectoryDocument]) documents!: TrajectoryDocument[];
}
