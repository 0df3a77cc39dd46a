import { FormControl, FormGroup, Validators } from '@angular/forms';
import type {
  TrajectoryInput,
  TrajectoryStatus,
  UpdateTrajectoryInput,
} from '@inspraak/shared';
import type { Trajectory } from '../data-access/trajectories-api';
import { calendarDate, notBlank } from '../shared/form-errors';

/** The API's limits (TrajectoryInput). */
export const TRAJECTORY_LIMITS = {
  title: 200,
  description: 10_000,
  decision: 2_000,
  budgetLine: 200,
} as const;

export const TRAJECTORY_STATUSES: readonly TrajectoryStatus[] = [
  'ACTIVE',
  'COMPLETED',
  'CANCELLED',
];

export type TrajectoryForm = FormGroup<{
  title: FormControl<string>;
  description: FormControl<string>;
  decision: FormControl<string>;
  departmentIds: FormControl<string[]>;
  startsOn: FormControl<string>;
  endsOn: FormControl<string>;
  budgetLine: FormControl<string>;
  /** By e-mail address, like the regie team seats; empty keeps the owner (or makes the creator owner). */
  ownerEmail: FormControl<string>;
  published: FormControl<boolean>;
  status: FormControl<TrajectoryStatus>;
}>;

const text = (max: number, required = false) =>
  new FormControl('', {
    nonNullable: true,
    validators: required
      ? [notBlank, Validators.maxLength(max)]
      : [Validators.maxLength(max)],
  });

/** The fields of a trajectory, shared by "Nieuw traject" and editing the details. */
export function createTrajectoryForm(): TrajectoryForm {
  return new FormGroup({
    title: text(TRAJECTORY_LIMITS.title, true),
    description: text(TRAJECTORY_LIMITS.description),
    decision: text(TRAJECTORY_LIMITS.decision),
    departmentIds: new FormControl<string[]>([], { nonNullable: true }),
    startsOn: new FormControl('', {
      nonNullable: true,
      validators: [calendarDate],
    }),
    endsOn: new FormControl('', {
      nonNullable: true,
      validators: [calendarDate],
    }),
    budgetLine: text(TRAJECTORY_LIMITS.budgetLine),
    ownerEmail: new FormControl('', {
      nonNullable: true,
      validators: [Validators.email],
    }),
    published: new FormControl(false, { nonNullable: true }),
    status: new FormControl<TrajectoryStatus>('ACTIVE', { nonNullable: true }),
  });
}

export function fillTrajectoryForm(
  form: TrajectoryForm,
  trajectory: Trajectory,
): void {
  form.reset({
    title: trajectory.title,
    description: trajectory.description,
    decision: trajectory.decision,
    departmentIds: [...trajectory.departmentIds],
    startsOn: trajectory.startsOn ?? '',
    endsOn: trajectory.endsOn ?? '',
    budgetLine: trajectory.budgetLine ?? '',
    ownerEmail: trajectory.ownerEmail ?? '',
    published: trajectory.published,
    status: trajectory.status,
  });
}

/** True when both dates are filled in and the end comes first (the API refuses that). */
export function endsBeforeStart(form: TrajectoryForm): boolean {
  const { startsOn, endsOn } = form.getRawValue();
  return !!startsOn && !!endsOn && endsOn < startsOn;
}

export function trajectoryInputOf(form: TrajectoryForm): TrajectoryInput {
  const value = form.getRawValue();
  return {
    title: value.title.trim(),
    description: value.description.trim(),
    decision: value.decision.trim(),
    departmentIds: value.departmentIds,
    startsOn: value.startsOn || null,
    endsOn: value.endsOn || null,
    budgetLine: value.budgetLine.trim() || null,
    ownerEmail: value.ownerEmail.trim() || null,
    published: value.published,
  };
}

export function updateTrajectoryInputOf(
  form: TrajectoryForm,
): UpdateTrajectoryInput {
  return { ...trajectoryInputOf(form), status: form.getRawValue().status };
}
