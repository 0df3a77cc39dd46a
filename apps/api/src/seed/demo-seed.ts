import { DataSource, EntityManager } from 'typeorm';
import { Role } from '@inspraak/domain';
import {
  AuthService,
  Membership,
  Organisation,
  UserAccount,
  withEmployeeRole,
} from '@inspraak/api-core';
import {
  ContractType,
  Department,
  Employee,
  EmploymentStatus,
} from '@inspraak/api-directory';

export const DEMO_ORGANISATION_SLUG = 'demo';
export const DEMO_PASSWORD = 'Inspraak-demo-2026!';

/** The demo logins, each a directory employee like everyone else (department, location, contract). */
export const DEMO_ACCOUNTS: {
  email: string;
  displayName: string;
  roles: Role[];
  firstName: string;
  lastName: string;
  department: string;
  location: string;
  contractType: ContractType;
  jobTitle: string;
}[] = [
  {
    email: 'adviseur@demo.inspraak.nl',
    displayName: 'Anouk de Adviseur',
    roles: [Role.ADVISEUR],
    firstName: 'Anouk',
    lastName: 'de Adviseur',
    department: 'Communicatie',
    location: 'Utrecht',
    contractType: ContractType.VAST,
    jobTitle: 'Adviseur dialoog en participatie',
  },
  {
    email: 'hr@demo.inspraak.nl',
    displayName: 'Hamid van HR',
    roles: [Role.HR],
    firstName: 'Hamid',
    lastName: 'van HR',
    department: 'HRM',
    location: 'Utrecht',
    contractType: ContractType.VAST,
    jobTitle: 'HR-adviseur',
  },
  {
    email: 'or-lid@demo.inspraak.nl',
    displayName: 'Olga OR-lid',
    roles: [Role.OR_LID],
    firstName: 'Olga',
    lastName: 'OR-lid',
    department: 'Verpleging',
    location: 'Amersfoort',
    contractType: ContractType.VAST,
    jobTitle: 'Verpleegkundige',
  },
  {
    email: 'or-secretaris@demo.inspraak.nl',
    displayName: 'Sander Secretaris',
    roles: [Role.OR_SECRETARIS],
    firstName: 'Sander',
    lastName: 'Secretaris',
    department: 'Juridische Zaken',
    location: 'Utrecht',
    contractType: ContractType.VAST,
    jobTitle: 'Ambtelijk secretaris',
  },
  {
    email: 'bestuurder@demo.inspraak.nl',
    displayName: 'Bram Bestuurder',
    roles: [Role.BESTUURDER],
    firstName: 'Bram',
    lastName: 'Bestuurder',
    department: 'Directie',
    location: 'Utrecht',
    contractType: ContractType.VAST,
    jobTitle: 'Bestuurder',
  },
  {
    email: 'medewerker@demo.inspraak.nl',
    displayName: 'Mila Medewerker',
    roles: [Role.MEDEWERKER],
    firstName: 'Mila',
    lastName: 'Medewerker',
    department: 'Thuiszorg',
    location: 'Zeist',
    contractType: ContractType.TIJDELIJK,
    jobTitle: 'Wijkverpleegkundige',
  },
];

const DEPARTMENTS: [string, string[]][] = [
  ['Bestuur en Staf', ['Directie', 'Communicatie', 'Juridische Zaken']],
  ['Zorg', ['Verpleging', 'Thuiszorg', 'Revalidatie']],
  ['Bedrijfsvoering', ['HRM', 'Financiën', 'ICT', 'Facilitair']],
  ['Logistiek', ['Inkoop', 'Magazijn', 'Transport']],
];
const FIRST_NAMES = [
  'Anna',
  'Daan',
  'Emma',
  'Sem',
  'Julia',
  'Lucas',
  'Sophie',
  'Milan',
  'Tess',
  'Finn',
  'Noor',
  'Levi',
  'Fleur',
  'Bram',
  'Sara',
  'Thijs',
  'Eva',
  'Jesse',
  'Lotte',
  'Ruben',
  'Fatima',
  'Mohamed',
  'Yara',
  'Ayoub',
  'Inge',
  'Kees',
  'Marloes',
  'Henk',
  'Priya',
  'Wouter',
];
const LAST_NAMES = [
  'de Jong',
  'Jansen',
  'de Vries',
  'van den Berg',
  'van Dijk',
  'Bakker',
  'Janssen',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Leeuwen',
  'Dekker',
  'Brouwer',
  'El Amrani',
  'Yılmaz',
  'Kaya',
  'Öztürk',
  'Nguyen',
];
const LOCATIONS = ['Utrecht', 'Amersfoort', 'Zeist'];
const JOB_TITLES = [
  'Medewerker',
  'Senior medewerker',
  'Teamleider',
  'Adviseur',
  'Specialist',
  'Coördinator',
];
const CONTRACTS = [
  ContractType.VAST,
  ContractType.VAST,
  ContractType.VAST,
  ContractType.TIJDELIJK,
  ContractType.OPROEP,
  ContractType.INHUUR,
  ContractType.STAGE,
];

/** Small deterministic generator so every demo database looks the same. */
export function generator(seed: number) {
  let state = seed;
  return (max: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % max;
  };
}

/** Seeds the demo organisation once; running it again changes nothing. Returns false when it was already there. */
export async function seedDemo(
  dataSource: DataSource,
  employeeCount = 200,
): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    const existing = await manager.findOne(Organisation, {
      where: { slug: DEMO_ORGANISATION_SLUG },
    });
    if (existing) {
      await linkDemoAccounts(manager, existing.id);
      return false;
    }
    const organisation = await manager.save(
      manager.create(Organisation, {
        name: 'Zorggroep Voorbeeld',
        slug: DEMO_ORGANISATION_SLUG,
        emailDomains: ['demo.inspraak.nl'],
      }),
    );
    const leaves: Department[] = [];
    for (const [parentName, children] of DEPARTMENTS) {
      const parent = await manager.save(
        manager.create(Department, {
          organisationId: organisation.id,
          name: parentName,
          parentId: null,
        }),
      );
      for (const child of children)
        leaves.push(
          await manager.save(
            manager.create(Department, {
              organisationId: organisation.id,
              name: child,
              parentId: parent.id,
            }),
          ),
        );
    }

    const pick = generator(42);
    const employees: Partial<Employee>[] = [];
    for (let i = 1; i <= employeeCount; i += 1) {
      const firstName = FIRST_NAMES[pick(FIRST_NAMES.length)] as string;
      const lastName = LAST_NAMES[pick(LAST_NAMES.length)] as string;
      const year = 1995 + pick(30);
      employees.push({
        organisationId: organisation.id,
        employeeNumber: String(100000 + i),
        firstName,
        lastName,
        email:
          `${firstName}.${lastName}.${i}`
            .toLowerCase()
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')
            .replace(/[^a-z0-9.]+/g, '') + '@demo.inspraak.nl',
        departmentId: (leaves[pick(leaves.length)] as Department).id,
        location: LOCATIONS[pick(LOCATIONS.length)] as string,
        jobTitle: JOB_TITLES[pick(JOB_TITLES.length)] as string,
        contractType: CONTRACTS[pick(CONTRACTS.length)] as ContractType,
        employmentStart: `${year}-${String(1 + pick(12)).padStart(2, '0')}-01`,
        status: EmploymentStatus.ACTIVE,
      });
    }
    await manager
      .createQueryBuilder()
      .insert()
      .into(Employee)
      .values(employees as object[])
      .execute();
    await linkDemoAccounts(manager, organisation.id);
    return true;
  });
}

/**
 * Gives every demo login its directory entry (personeelsnummer 9000xx) and
 * account, linked to each other. Also brings a demo organisation seeded
 * before accounts were linked up to date; running it again changes nothing.
 */
export async function linkDemoAccounts(
  manager: EntityManager,
  organisationId: string,
): Promise<void> {
  // Hashing is slow on purpose: only when an account is missing, so a second start stays quick.
  let passwordHash: string | undefined;
  for (const [index, account] of DEMO_ACCOUNTS.entries()) {
    const department = await manager.findOne(Department, {
      where: { organisationId, name: account.department },
    });
    let employee = await manager.findOne(Employee, {
      where: { organisationId, email: account.email },
    });
    employee ??= await manager.save(
      manager.create(Employee, {
        organisationId,
        employeeNumber: String(900001 + index),
        firstName: account.firstName,
        lastName: account.lastName,
        email: account.email,
        departmentId: department?.id ?? null,
        location: account.location,
        jobTitle: account.jobTitle,
        contractType: account.contractType,
        employmentStart: '2020-01-01',
        status: EmploymentStatus.ACTIVE,
      }),
    );
    const user =
      (await manager.findOne(UserAccount, {
        where: { email: account.email },
      })) ??
      (await manager.save(
        manager.create(UserAccount, {
          email: account.email,
          displayName: account.displayName,
          passwordHash: (passwordHash ??=
            await AuthService.hashPassword(DEMO_PASSWORD)),
        }),
      ));
    const membership = await manager.findOne(Membership, {
      where: { organisationId, userId: user.id },
    });
    if (!membership)
      await manager.save(
        manager.create(Membership, {
          organisationId,
          userId: user.id,
          employeeId: employee.id,
          roles: withEmployeeRole(account.roles),
        }),
      );
    else if (membership.employeeId !== employee.id)
      await manager.update(
        Membership,
        { id: membership.id },
        { employeeId: employee.id },
      );
  }
}
