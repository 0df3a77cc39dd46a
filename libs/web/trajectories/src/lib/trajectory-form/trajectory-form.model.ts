import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
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

/** The start and end date of one of the trajectory's phases (both optional). */
export type PhaseDatesForm = FormGroup<{
  startsOn: FormControl<string>;
  endsOn: FormControl<string>;
}>;

const dateControl = () =>
  new FormControl('', { nonNullable: true, validators: [calendarDate] });

function createPhaseDates(startsOn = '', endsOn = ''): PhaseDatesForm {
  const group: PhaseDatesForm = new FormGroup({
    startsOn: dateControl(),
    endsOn: dateControl(),
  });
  group.setValue({ startsOn, endsOn });
  return group;
}

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
  /** One entry per phase when editing; empty in "Nieuw traject" (the phases are copied on creation). */
  phaseDates: FormArray<PhaseDatesForm>;
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
    phaseDates: new FormArray<PhaseDatesForm>([]),
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
  form.setControl(
    'phaseDates',
    new FormArray(
      trajectory.phases.map((phase) =>
        createPhaseDates(phase.startsOn ?? '', phase.endsOn ?? ''),
      ),
    ),
  );
}

/** The indexes of phases whose end date comes before their start date (the API refuses those). */
export function phasesEndingBeforeStart(form: TrajectoryForm): number[] {
  return form.controls.phaseDates
    .getRawValue()
    .flatMap(({ startsOn, endsOn }, index) =>
      startsOn && endsOn && endsOn < startsOn ? [index] : [],
    );
}

/** True when both dates are filled in and the end comes first (the API refuses that). */
export function endsBeforeStart(form: TrajectoryForm): boolean {
  const { startsOn, endsOn } = form.getRawValue();
  return !!startsOn && !!endsOn && endsOn < startsOn;
}

/** An end before its start anywhere: the trajectory's own dates or a phase's. */
export function hasDatesOutOfOrder(form: TrajectoryForm): boolean {
  return endsBeforeStart(form) || phasesEndingBeforeStart(form).length > 0;
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
  const { status, phaseDates } = form.getRawValue();
  return {
    ...trajectoryInputOf(form),
    status,
    ...(phaseDates.length > 0 && {
      phaseDates: phaseDates.map((dates) => ({
        startsOn: dates.startsOn || null,
        endsOn: dates.endsOn || null,
      })),
    }),
  };
}
