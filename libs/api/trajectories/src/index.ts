export * from './lib/entities';
export * from './lib/trajectory.entities';
export * from './lib/trajectory.models';
export * from './lib/workgroup.entities';
export * from './lib/workgroup.models';
export * from './lib/board.entities';
export * from './lib/meeting.entities';
export * from './lib/evaluation.entities';
export * from './lib/trajectories.module';
export * from './lib/trajectories.resolver';
export * from './lib/action-reminders';
// The services themselves, for the demo seed (apps/api/src/seed), which creates its data through them.
export { TrajectoriesService } from './lib/trajectories.service';
export { WorkgroupsService } from './lib/workgroups.service';
export { BoardService } from './lib/board.service';
export { MeetingsService } from './lib/meetings.service';
export { EvaluationsService } from './lib/evaluations.service';
