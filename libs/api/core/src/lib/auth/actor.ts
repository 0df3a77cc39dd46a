import { Role } from '@inspraak/domain';

/** Who is acting, as established from the session cookie (or, in the worker, from the job's recorded initiator). */
export interface Actor {
  userId: string;
  email: string;
  displayName: string;
  organisationId: string;
  /** Always includes MEDEWERKER. */
  roles: Role[];
  /** The person's directory entry in this organisation, when the account is linked to one. */
  employeeId: string | null;
  /** The session the request came with; null in the worker and the command line. */
  sessionId: string | null;
}
