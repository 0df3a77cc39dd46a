import { ALL_ROLES, DIRECTORY_MANAGERS, hasAnyRole, Role } from './role';

describe('roles', () => {
  it('knows the six roles of an organisation', () => {
    expect(ALL_ROLES).toEqual([
      'ADVISEUR',
      'HR',
      'OR_LID',
      'OR_SECRETARIS',
      'BESTUURDER',
      'MEDEWERKER',
    ]);
  });

  it('grants when any held role is allowed, and refuses otherwise', () => {
    expect(hasAnyRole([Role.MEDEWERKER, Role.HR], DIRECTORY_MANAGERS)).toBe(
      true,
    );
    expect(hasAnyRole([Role.OR_LID, Role.BESTUURDER], DIRECTORY_MANAGERS)).toBe(
      false,
    );
    expect(hasAnyRole([], ALL_ROLES)).toBe(false);
  });
});
