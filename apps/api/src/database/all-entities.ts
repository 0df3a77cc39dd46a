import { CORE_ENTITIES } from '@inspraak/api-core';
import { ACCOUNTS_ENTITIES } from '@inspraak/api-accounts';
import { DIRECTORY_ENTITIES } from '@inspraak/api-directory';
import { PARTICIPANT_ENTITIES } from '@inspraak/api-participants';
import { TRAJECTORY_ENTITIES } from '@inspraak/api-trajectories';
import { SURVEY_ENTITIES } from '@inspraak/api-surveys';
import { PROCEDURE_ENTITIES } from '@inspraak/api-procedures';

/** Every entity of the platform, for migrations and the schema check. Add a feature's list here. */
export const ALL_ENTITIES = [
  ...CORE_ENTITIES,
  ...ACCOUNTS_ENTITIES,
  ...DIRECTORY_ENTITIES,
  ...PARTICIPANT_ENTITIES,
  ...TRAJECTORY_ENTITIES,
  ...SURVEY_ENTITIES,
  ...PROCEDURE_ENTITIES,
];
