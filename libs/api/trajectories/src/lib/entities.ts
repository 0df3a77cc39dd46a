import {
  PhaseSettings,
  RegieTeamMember,
  Trajectory,
  TrajectoryEvent,
} from './trajectory.entities';
import {
  TrajectoryDocument,
  Workgroup,
  WorkgroupMembership,
} from './workgroup.entities';
import {
  BoardPost,
  BoardSummary,
  BoardSupport,
  BoardTheme,
} from './board.entities';
import {
  ActionItem,
  CalendarFeedToken,
  Meeting,
  MeetingInvitee,
} from './meeting.entities';
import {
  EvaluationRespondent,
  EvaluationResponse,
  PhaseEvaluation,
} from './evaluation.entities';

/** Every entity of change trajectories, for the module and for migrations. */
export const TRAJECTORY_ENTITIES = [
  PhaseSettings,
  Trajectory,
  RegieTeamMember,
  TrajectoryEvent,
  Workgroup,
  WorkgroupMembership,
  TrajectoryDocument,
  BoardPost,
  BoardSupport,
  BoardTheme,
  BoardSummary,
  Meeting,
  MeetingInvitee,
  ActionItem,
  CalendarFeedToken,
  PhaseEvaluation,
  EvaluationResponse,
  EvaluationRespondent,
];
