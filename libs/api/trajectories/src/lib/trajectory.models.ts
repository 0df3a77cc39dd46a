import { Field, ID, ObjectType } from '@nestjs/graphql';
import { BoundedList } from '@inspraak/api-core';
import { RegieTeamRole } from '@inspraak/domain';
import {
  RegieTeamMember,
  Trajectory,
  TrajectoryEvent,
} from './trajectory.entities';

@ObjectType()
export class TrajectoryDepartment {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

/** A trajectory as the caller may see it: with its regie team, what is missing and the timeline. */
@ObjectType('TrajectoryView')
export class TrajectoryView extends Trajectory {
  @Field() ownerName!: string;
  /** The owner's e-mail address, for those who steer (to edit it); null for other readers. */
  @Field(() => String, { nullable: true }) ownerEmail!: string | null;
  @BoundedList(5) @Field(() => [RegieTeamMember]) regieTeam!: RegieTeamMember[];
  /** Roles nobody in the regie team holds; while any is missing the trajectory cannot leave its first phase. */
  @Field(() => [RegieTeamRole]) missingRoles!: RegieTeamRole[];
  /** The linked departments with their names (every member may read these names). */
  @BoundedList(4)
  @Field(() => [TrajectoryDepartment])
  departments!: TrajectoryDepartment[];
  /** The caller steers this trajectory (regie team member or advisor). */
  @Field() steering!: boolean;
  /** Newest first; employees see only the public lines. */
  @Field(() => [TrajectoryEvent]) timeline!: TrajectoryEvent[];
}
