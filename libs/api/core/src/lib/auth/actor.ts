import { Role } from '@inspraak/domain';

/** Who is acting, as established from the session cookie (or, in the worker, from the job's recorded initiator). */
export interface Actor {
  userId: string;
  email: string;
  displayName: string;
  organisationId: string;
  roles: Role[];
}
