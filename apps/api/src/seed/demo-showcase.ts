import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  addDays,
  ProcedureType,
  RegieTeamRole,
  SurveyDefinition,
  todayInAmsterdam,
} from '@inspraak/domain';
import {
  Actor,
  AuditEntry,
  Membership,
  Notification,
  UserAccount,
  withEmployeeRole,
} from '@inspraak/api-core';
import {
  AdvisorToolsService,
  AgreementsService,
  ConsentPurpose,
  FieldVisibility,
  ParticipantsService,
  refreshStanding,
  SkillsService,
  WayOfTakingPart,
} from '@inspraak/api-participants';
import {
  BoardService,
  EvaluationsService,
  MeetingKind,
  MeetingsService,
  PostKind,
  TrajectoriesService,
  TrajectoryStatus,
  WorkgroupsService,
} from '@inspraak/api-trajectories';
import {
  AnsweringService,
  AudienceKind,
  SurveyMode,
  SurveyResultsService,
  SurveysService,
} from '@inspraak/api-surveys';
import {
  CouncilResponseKind,
  EvidenceKind,
  EvidenceService,
  LettersService,
  ProceduresService,
} from '@inspraak/api-procedures';
import { EmploymentStatus } from '@inspraak/api-directory';
import { DEMO_ACCOUNTS, generator } from './demo-seed';

/**
 * The demo organisation's content, so that every page shows what the
 * product does: accounts for everyone in the directory, a participant pool,
 * three trajectories, surveys, WOR procedures and notifications. Everything
 * is made through the services (their rules hold: answer seals, anonymity
 * thresholds, publication), as the people of the demo would have made it;
 * only timestamps are moved into the past afterwards, so the demo looks
 * alive on whichever day it is started.
 *
 * Each part runs once: when it has finished, an audit entry
 * `demo.part-seeded` records it, and a later run skips it. Nothing is ever
 * deleted, so what a user added to the demo stays.
 */
export const SHOWCASE_PARTS = [
  'people',
  'pool',
  'trajectories',
  'surveys',
  'procedures',
  'notifications',
] as const;
export type ShowcasePart = (typeof SHOWCASE_PARTS)[number];

const PART_DONE = 'demo.part-seeded';

/** The services' inputs, as the API's resolvers hand them over. */
type JoinInput = Parameters<ParticipantsService['join']>[1];
type SurveyInput = Parameters<SurveysService['create']>[1];

/** Where the seed gets the services: the API's Nest application (the CLI's, or a test's). */
export type ServiceLookup = Pick<INestApplicationContext, 'get'>;

/** The parts not seeded yet, in the order they run. */
export async function pendingShowcaseParts(
  dataSource: DataSource,
  organisationId: string,
): Promise<ShowcasePart[]> {
  const done = (await dataSource.query(
    `SELECT entity_id AS part FROM audit_entry WHERE organisation_id = $1 AND action = $2 AND entity_type = 'DemoSeed'`,
    [organisationId, PART_DONE],
  )) as { part: string }[];
  const seeded = new Set(done.map((row) => row.part));
  return SHOWCASE_PARTS.filter((part) => !seeded.has(part));
}

/** Seeds the parts still missing; returns how long each took. */
export async function seedShowcase(
  app: ServiceLookup,
  dataSource: DataSource,
  organisationId: string,
): Promise<{ part: ShowcasePart; ms: number }[]> {
  const timings: { part: ShowcasePart; ms: number }[] = [];
  for (const part of await pendingShowcaseParts(dataSource, organisationId)) {
    const started = Date.now();
    const demo = new Showcase(app, dataSource, organisationId);
    await demo.load();
    await PARTS[part](demo);
    const ms = Date.now() - started;
    await dataSource.getRepository(AuditEntry).insert({
      organisationId,
      actorUserId: null,
      actorEmail: null,
      action: PART_DONE,
      entityType: 'DemoSeed',
      entityId: part,
      changes: { ms },
    });
    timings.push({ part, ms });
  }
  return timings;
}

type DemoLogin =
  | 'adviseur'
  | 'hr'
  | 'orLid'
  | 'secretaris'
  | 'bestuurder'
  | 'medewerker';
const DEMO_LOGIN_EMAILS: Record<DemoLogin, string> = {
  adviseur: 'adviseur@demo.inspraak.nl',
  hr: 'hr@demo.inspraak.nl',
  orLid: 'or-lid@demo.inspraak.nl',
  secretaris: 'or-secretaris@demo.inspraak.nl',
  bestuurder: 'bestuurder@demo.inspraak.nl',
  medewerker: 'medewerker@demo.inspraak.nl',
};

interface Person extends Actor {
  departmentName: string | null;
}

/** The demo's people and what the parts share; loaded afresh for each part. */
class Showcase {
  readonly today = todayInAmsterdam();
  /** Everyone with an account, in personeelsnummer order. */
  people: Person[] = [];
  byEmail = new Map<string, Person>();
  departments = new Map<string, string>();

  constructor(
    readonly app: ServiceLookup,
    readonly dataSource: DataSource,
    readonly organisationId: string,
  ) {}

  async load(): Promise<void> {
    const rows = (await this.dataSource.query(
      `SELECT u.id AS "userId", u.email, u.display_name AS "displayName", m.roles::text[] AS roles,
              m.employee_id AS "employeeId", d.name AS "departmentName"
       FROM membership m JOIN user_account u ON u.id = m.user_id
       LEFT JOIN employee e ON e.id = m.employee_id
       LEFT JOIN department d ON d.id = e.department_id
       WHERE m.organisation_id = $1 ORDER BY e.employee_number, u.email`,
      [this.organisationId],
    )) as Omit<Person, 'organisationId' | 'sessionId'>[];
    this.people = rows.map((row) => ({
      ...row,
      organisationId: this.organisationId,
      sessionId: null,
    }));
    this.byEmail = new Map(this.people.map((p) => [p.email, p]));
    const departments = (await this.dataSource.query(
      'SELECT id, name FROM department WHERE organisation_id = $1',
      [this.organisationId],
    )) as { id: string; name: string }[];
    this.departments = new Map(departments.map((d) => [d.name, d.id]));
  }

  get<T>(type: new (...args: never[]) => T): T {
    return this.app.get(type, { strict: false });
  }

  login(who: DemoLogin): Person {
    const person = this.byEmail.get(DEMO_LOGIN_EMAILS[who]);
    if (!person) throw new Error(`Demo login ${who} is missing`);
    return person;
  }

  department(name: string): string {
    const id = this.departments.get(name);
    if (!id) throw new Error(`Demo department ${name} is missing`);
    return id;
  }

  day(offset: number): string {
    return addDays(this.today, offset);
  }

  /** An instant `offset` days from today (Amsterdam's date) at `hour`:00 UTC. */
  at(offset: number, hour = 9): Date {
    return new Date(
      `${this.day(offset)}T${String(hour).padStart(2, '0')}:00:00.000Z`,
    );
  }

  /** The pool's participants: the medewerker login first, then by personeelsnummer. */
  async participants(): Promise<Person[]> {
    const rows = (await this.dataSource.query(
      `SELECT p.user_id AS "userId" FROM participant p
       JOIN user_account u ON u.id = p.user_id
       LEFT JOIN employee e ON e.id = p.employee_id
       WHERE p.organisation_id = $1 AND p.status <> 'LEFT'
       ORDER BY (u.email = $2) DESC, e.employee_number, u.email`,
      [this.organisationId, DEMO_LOGIN_EMAILS.medewerker],
    )) as { userId: string }[];
    const byUser = new Map(this.people.map((p) => [p.userId, p]));
    return rows
      .map((row) => byUser.get(row.userId))
      .filter((p): p is Person => !!p);
  }

  async trajectoryId(title: string): Promise<string | null> {
    const rows = (await this.dataSource.query(
      'SELECT id FROM trajectory WHERE organisation_id = $1 AND title = $2 ORDER BY created_at LIMIT 1',
      [this.organisationId, title],
    )) as { id: string }[];
    return rows[0]?.id ?? null;
  }
}

/**
 * Runs `work` for every item, a few at a time: people act at once in a real
 * organisation too, and the seed spends most of its time waiting for the
 * database. Each item's own steps stay in order.
 */
async function inBatches<T>(
  items: readonly T[],
  work: (item: T, index: number) => Promise<unknown>,
  size = 6,
): Promise<void> {
  for (let start = 0; start < items.length; start += size)
    await Promise.all(
      items
        .slice(start, start + size)
        .map((item, offset) => work(item, start + offset)),
    );
}

const PARTS: Record<ShowcasePart, (demo: Showcase) => Promise<void>> = {
  people: seedPeople,
  pool: seedPool,
  trajectories: seedTrajectories,
  surveys: seedSurveys,
  procedures: seedProcedures,
  notifications: seedNotifications,
};

/**
 * An account for everyone in the directory who has none, linked to their
 * directory entry by the membership, as an accepted invitation links it.
 * No password: they sign in after an invitation or through single sign-on.
 */
async function seedPeople(demo: Showcase): Promise<void> {
  const employees = (await demo.dataSource.query(
    `SELECT e.id, lower(e.email) AS email, e.first_name AS "firstName", e.last_name AS "lastName"
     FROM employee e
     WHERE e.organisation_id = $1 AND e.status = $2
       AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.organisation_id = e.organisation_id AND m.employee_id = e.id)
       AND NOT EXISTS (SELECT 1 FROM user_account u WHERE u.email = lower(e.email))
     ORDER BY e.employee_number`,
    [demo.organisationId, EmploymentStatus.ACTIVE],
  )) as { id: string; email: string; firstName: string; lastName: string }[];
  if (employees.length === 0) return;
  await demo.dataSource.transaction(async (manager) => {
    const inserted = await manager.insert(
      UserAccount,
      employees.map((e) => ({
        email: e.email,
        displayName: `${e.firstName} ${e.lastName}`,
        passwordHash: null,
      })),
    );
    await manager.insert(
      Membership,
      employees.map((e, index) => ({
        organisationId: demo.organisationId,
        userId: (inserted.identifiers[index] as { id: string }).id,
        employeeId: e.id,
        roles: withEmployeeRole([]),
      })),
    );
  });
}

const SKILLS = [
  'Roosters plannen',
  'Procesverbetering',
  'Data-analyse',
  'Communicatie',
  'Projectleiding',
  'Gespreksleiding',
  'Zorgtechnologie',
  'Arbo en veiligheid',
  'Financiën',
  'Logistieke planning',
  'Scholing en ontwikkeling',
  'Cliëntervaring',
];
const THEMES = [
  'Roosters',
  'Werkdruk',
  'Digitalisering',
  'Duurzame inzetbaarheid',
  'Hybride werken',
  'Teamindeling',
  'Opleiding',
];
const ABOUT = [
  'Ik denk graag mee over hoe ons werk slimmer kan.',
  'Twintig jaar ervaring op de werkvloer; ik weet wat er speelt.',
  'Ik werk parttime en wil dat roosters daar rekening mee houden.',
  'Nieuwe technologie in de zorg vind ik interessant.',
  'Ik wil dat collega’s van de nachtdienst ook gehoord worden.',
];
const POOL_SIZE = 60;

/** Skills, a published participant agreement and ~60 participants with profiles, consents and acceptances. */
async function seedPool(demo: Showcase): Promise<void> {
  const adviseur = demo.login('adviseur');
  const skillsService = demo.get(SkillsService);
  const known = new Map(
    (await skillsService.list(adviseur)).map((s) => [s.name, s.id]),
  );
  for (const name of SKILLS)
    if (!known.has(name))
      known.set(name, (await skillsService.add(adviseur, name)).id);
  const skillIds = SKILLS.map((name) => known.get(name)!);

  const agreements = demo.get(AgreementsService);
  let agreement = await agreements.current(adviseur);
  if (!agreement) {
    await agreements.saveDraft(adviseur, {
      title: 'Deelnemersovereenkomst participatiepool',
      markdown: AGREEMENT_TEXT,
      termMonths: 12,
    });
    agreement = await agreements.publish(adviseur, null);
    // Published when the pool started, a year and a bit ago.
    await demo.dataSource.query(
      'UPDATE agreement_version SET published_at = $2, created_at = $2 WHERE id = $1',
      [agreement.id, demo.at(-400)],
    );
  }

  const participantsService = demo.get(ParticipantsService);
  const advisorTools = demo.get(AdvisorToolsService);
  const already = new Set((await demo.participants()).map((p) => p.userId));
  const others = new Set(
    DEMO_ACCOUNTS.map((a) => a.email).filter(
      (email) => email !== DEMO_LOGIN_EMAILS.medewerker,
    ),
  );
  const pick = generator(2026);
  const candidates = demo.people.filter(
    (p) => !others.has(p.email) && !already.has(p.userId),
  );
  // The medewerker login first, then a spread over the directory.
  const chosen: Person[] = [];
  const medewerker = candidates.find(
    (p) => p.email === DEMO_LOGIN_EMAILS.medewerker,
  );
  if (medewerker) chosen.push(medewerker);
  const rest = candidates.filter((p) => p !== medewerker);
  while (chosen.length < POOL_SIZE - already.size && rest.length > 0)
    chosen.push(rest.splice(pick(rest.length), 1)[0]!);

  const joining = chosen.map((person, index) => {
    const own = [
      skillIds[pick(skillIds.length)]!,
      skillIds[pick(skillIds.length)]!,
    ];
    return {
      person,
      input: {
        profile: {
          skillIds: [...new Set(own)],
          tags: [],
          themes: [THEMES[pick(THEMES.length)]!, THEMES[pick(THEMES.length)]!],
          hoursPerMonth: 2 + pick(7),
          waysOfTakingPart: [
            WayOfTakingPart.WORKGROUP,
            ...(index % 3 === 0 ? [WayOfTakingPart.SURVEY_PANEL] : []),
            ...(index % 5 === 0 ? [WayOfTakingPart.SOUNDING_BOARD] : []),
          ],
          languages: index % 7 === 0 ? ['nl', 'en'] : ['nl'],
          about: ABOUT[pick(ABOUT.length)]!,
          visibility: {
            skills: FieldVisibility.COLLEAGUES,
            themes: FieldVisibility.COLLEAGUES,
            availability: FieldVisibility.ADVISOR_ONLY,
            about: FieldVisibility.ADVISOR_ONLY,
          },
        },
        consents: [
          ConsentPurpose.WORKGROUP,
          ...(index % 2 === 0 ? [ConsentPurpose.SURVEY_PANEL] : []),
          ...(index % 4 === 0 ? [ConsentPurpose.SOUNDING_BOARD] : []),
        ],
      } satisfies JoinInput,
    };
  });
  await inBatches(joining, async ({ person, input }, index) => {
    const joined = await participantsService.join(person, input);
    // The last few joined just now: no agreement accepted yet, not onboarded (the advisor's to-do).
    if (index >= chosen.length - 5) return;
    await agreements.accept(person, agreement.id, agreement.contentHash!);
    await advisorTools.markOnboarded(adviseur, joined.id);
    if (index % 17 === 3)
      await participantsService.pause(person, demo.day(30 + index));
  });
  // The pool as it grew over the past year: each onboarded participant accepted the agreement a week after
  // joining, so the longest-standing ones' acceptances end within 30 days (the reminder and the dashboard show
  // them). The last five joined just now.
  const onboarded = chosen.slice(0, -5);
  for (const [index, person] of onboarded.entries()) {
    const joinedDaysAgo =
      20 + Math.round((index * 350) / Math.max(1, onboarded.length - 1));
    const acceptedOn = demo.day(-joinedDaysAgo + 7);
    await demo.dataSource.query(
      `UPDATE participant SET joined_at = $3, onboarded_at = $4 WHERE organisation_id = $1 AND user_id = $2`,
      [
        demo.organisationId,
        person.userId,
        demo.at(-joinedDaysAgo, 9),
        demo.at(-joinedDaysAgo + 7, 10),
      ],
    );
    await demo.dataSource.query(
      `UPDATE agreement_acceptance a SET accepted_at = $3::date + interval '10 hours',
         valid_until = ($3::date + make_interval(months => $4))::date
       FROM participant p WHERE p.id = a.participant_id AND p.organisation_id = $1 AND p.user_id = $2`,
      [demo.organisationId, person.userId, acceptedOn, agreement.termMonths],
    );
  }
  // The participants' standing (what they accepted, until when) follows the acceptances, as the services keep it.
  await refreshStanding(demo.dataSource.manager, demo.organisationId);
}

const AGREEMENT_TEXT = `# Deelnemersovereenkomst participatiepool

Je doet vrijwillig mee aan de participatiepool van Zorggroep Voorbeeld.

- Je kiest zelf aan welke werkgroepen, klankbordgroepen en peilingen je meedoet.
- De tijd die je aan een werkgroep besteedt, geldt als werktijd (volgens afspraak met je leidinggevende).
- Wat je in een werkgroep hoort over collega's, blijft binnen de werkgroep.
- Je kunt altijd pauzeren of stoppen; je profiel wordt dan na de bewaartermijn verwijderd.

Deze overeenkomst geldt twaalf maanden; daarna vragen we je opnieuw.`;

const TRAJECTORIES = {
  roosters: {
    title: 'Nieuwe roosters Verpleging en Thuiszorg',
    description:
      'Zelfroosteren in de teams van Verpleging en Thuiszorg: minder gaten in de roosters, meer invloed op je eigen diensten.',
    decision: 'Besluit over de invoering van zelfroosteren',
    departments: ['Verpleging', 'Thuiszorg'],
    phase: 1,
    startedDaysAgo: 70,
  },
  logistiek: {
    title: 'Reorganisatie Logistiek',
    description:
      'Inkoop, Magazijn en Transport gaan van vijf naar drie teams. Medewerkers denken mee over de nieuwe indeling.',
    decision: 'Besluit over de nieuwe teamindeling van Logistiek',
    departments: ['Inkoop', 'Magazijn', 'Transport'],
    phase: 2,
    startedDaysAgo: 150,
  },
  hybride: {
    title: 'Hybride werken',
    description:
      'Afspraken over thuiswerken en werken op locatie, voor alle afdelingen met kantoorwerk.',
    decision: 'Besluit over de regeling hybride werken',
    departments: [],
    phase: 4,
    startedDaysAgo: 330,
  },
} as const;

/** Three trajectories in different phases, each with a full regie team and the work of its phase. */
async function seedTrajectories(demo: Showcase): Promise<void> {
  const trajectories = demo.get(TrajectoriesService);
  const adviseur = demo.login('adviseur');
  const ids = {} as Record<keyof typeof TRAJECTORIES, string>;
  for (const [key, spec] of Object.entries(TRAJECTORIES) as [
    keyof typeof TRAJECTORIES,
    (typeof TRAJECTORIES)[keyof typeof TRAJECTORIES],
  ][]) {
    const input = {
      title: spec.title,
      description: spec.description,
      decision: spec.decision,
      departmentIds: spec.departments.map((name) => demo.department(name)),
      startsOn: demo.day(-spec.startedDaysAgo),
      endsOn: demo.day(120),
      budgetLine: null,
      published: true,
      ownerEmail: adviseur.email,
    };
    const created = await trajectories.create(adviseur, input);
    ids[key] = created.id;
    const council = key === 'hybride' ? 'secretaris' : 'orLid';
    for (const [who, role] of [
      [council, RegieTeamRole.MEDEZEGGENSCHAP],
      ['hr', RegieTeamRole.HRM],
      ['bestuurder', RegieTeamRole.BESTUURDER],
      ['adviseur', RegieTeamRole.ADVISEUR_PARTICIPATIE],
    ] as [DemoLogin, RegieTeamRole][])
      await trajectories.addTeamMember(adviseur, {
        trajectoryId: created.id,
        email: demo.login(who).email,
        role,
      });
    for (let phase = 1; phase <= spec.phase; phase++)
      await trajectories.movePhase(adviseur, created.id, phase);
    // Each phase before the current one took its share of the time since the start.
    const phaseCount = created.phases.length;
    const starts = Array.from({ length: spec.phase + 1 }, (_, i) =>
      Math.round(
        -spec.startedDaysAgo + (i * spec.startedDaysAgo) / (spec.phase + 1),
      ),
    );
    await trajectories.update(adviseur, created.id, {
      ...input,
      status: TrajectoryStatus.ACTIVE,
      phaseDates: Array.from({ length: phaseCount }, (_, i) => ({
        startsOn: i <= spec.phase ? demo.day(starts[i]!) : null,
        endsOn: i < spec.phase ? demo.day(starts[i + 1]! - 1) : null,
      })),
    });
    await backdateTimeline(demo, created.id, starts);
  }

  const pool = await demo.participants();
  await seedRoosters(demo, ids.roosters, pool);
  await seedLogistiek(demo, ids.logistiek, pool);
  await seedHybride(demo, ids.hybride);
}

/** The timeline as it happened: created on the first phase's start, each phase move on the next phase's start. */
async function backdateTimeline(
  demo: Showcase,
  trajectoryId: string,
  phaseStarts: number[],
): Promise<void> {
  const events = (await demo.dataSource.query(
    `SELECT id, kind FROM trajectory_event WHERE organisation_id = $1 AND trajectory_id = $2 ORDER BY at, id`,
    [demo.organisationId, trajectoryId],
  )) as { id: string; kind: string }[];
  let phase = 0;
  for (const [index, event] of events.entries()) {
    if (event.kind === 'phase.moved') phase += 1;
    const at = demo.at(phaseStarts[phase]!, 8 + (index % 8));
    await demo.dataSource.query(
      'UPDATE trajectory_event SET at = $2 WHERE id = $1',
      [event.id, at],
    );
  }
  await demo.dataSource.query(
    'UPDATE trajectory SET created_at = $2 WHERE id = $1',
    [trajectoryId, demo.at(phaseStarts[0]!, 8)],
  );
  await demo.dataSource.query(
    'UPDATE regie_team_member SET joined_at = $2 WHERE trajectory_id = $1',
    [trajectoryId, demo.at(phaseStarts[0]!, 9)],
  );
}

const MOTIVATIONS = [
  'Ik werk al jaren met wisselende diensten en weet waar het knelt.',
  'Ik wil graag meedenken, vooral over de weekenddiensten.',
  'Als teamleider zie ik elke week hoe lastig roosteren is.',
  'Ik heb ervaring met roosterprogramma’s uit mijn vorige baan.',
  'Ik werk parttime en wil dat die kant ook meetelt.',
];
const BOARD_POSTS: Record<
  'roosters' | 'logistiek' | 'hybride',
  [PostKind, string, string | null][]
> = {
  roosters: [
    [
      PostKind.PRO,
      'Zelf roosteren geeft mij meer rust: ik kan zorg voor mijn kinderen beter plannen.',
      'Dank je. Precies dit willen we in de proef meten.',
    ],
    [
      PostKind.CON,
      'Ik ben bang dat de populaire diensten steeds naar dezelfde mensen gaan.',
      'Terechte zorg. De werkgroep werkt aan spelregels voor eerlijke verdeling.',
    ],
    [
      PostKind.IDEA,
      'Begin met een proef van drie maanden in één team van Thuiszorg.',
      null,
    ],
    [
      PostKind.QUESTION,
      'Wie beslist als twee mensen dezelfde dienst willen?',
      'De teamplanner, volgens de spelregels die de werkgroep voorstelt.',
    ],
    [PostKind.CON, 'Niet iedereen kan goed met de roosterapp overweg.', null],
    [
      PostKind.PRO,
      'Minder ruilen via de groepsapp, dat scheelt veel berichten.',
      null,
    ],
  ],
  logistiek: [
    [
      PostKind.PRO,
      'Drie teams maakt de lijnen korter; nu weet niemand wie over retouren gaat.',
      'Dat nemen we mee in de samenvatting voor het advies.',
    ],
    [
      PostKind.CON,
      'In de nieuwe indeling verdwijnt de avondploeg van Transport.',
      'De werkgroep heeft dit bekeken: de avondploeg blijft, onder het team Distributie.',
    ],
    [
      PostKind.CON,
      'De reistijd naar het magazijn in Amersfoort wordt voor mij te lang.',
      null,
    ],
    [
      PostKind.IDEA,
      'Laat medewerkers een voorkeur voor hun nieuwe team opgeven.',
      'Goed idee; dit staat nu in het voorstel van de werkgroep.',
    ],
    [
      PostKind.QUESTION,
      'Verandert er iets aan mijn functieschaal?',
      'Nee, functies en schalen blijven gelijk. Dit staat ook in het adviesverzoek.',
    ],
    [PostKind.PRO, 'Eindelijk één aanspreekpunt voor Inkoop.', null],
    [
      PostKind.CON,
      'Twee reorganisaties in drie jaar is veel voor het team.',
      null,
    ],
  ],
  hybride: [
    [
      PostKind.PRO,
      'Twee dagen thuis werken scheelt mij tien uur reistijd per week.',
      'Fijn om te horen; dat komt terug in de evaluatie.',
    ],
    [
      PostKind.CON,
      'Op kantoor is het op dinsdag te druk en op vrijdag leeg.',
      null,
    ],
  ],
};

async function postToBoard(
  demo: Showcase,
  trajectoryId: string,
  posts: [PostKind, string, string | null][],
  authors: Person[],
  responder: Person,
): Promise<void> {
  const board = demo.get(BoardService);
  for (const [index, [kind, text, response]] of posts.entries()) {
    const post = await board.post(authors[index % authors.length]!, {
      trajectoryId,
      kind,
      text,
      hideName: index % 4 === 3,
    });
    if (response) await board.respond(responder, post.id, response);
  }
}

/** A meeting of the demo, as the advisor plans it; held ones have minutes, decisions and actions. */
interface DemoMeeting {
  kind: MeetingKind;
  title: string;
  /** Days from today (negative: held already), and the hours (UTC) it starts and ends. */
  day: number;
  hours: [number, number];
  location: string;
  invitees: DemoLogin[];
  /** Each item's title, notes, and for a meeting held the decision taken on it (null: none). */
  agenda: [string, string, string | null][];
  /** The minutes of a meeting held; left out for one still to come. */
  minutes?: string;
  /** Actions agreed: who, what, due in days from today, done already. */
  actions?: [DemoLogin, string, number, boolean][];
}

const MEETINGS: Record<keyof typeof TRAJECTORIES, DemoMeeting[]> = {
  roosters: [
    {
      kind: MeetingKind.REGIE_TEAM,
      title: 'Regieteam: start ontwerpfase',
      day: -21,
      hours: [8, 10],
      location: 'Utrecht, zaal De Linde',
      invitees: ['hr', 'orLid', 'bestuurder'],
      agenda: [
        [
          'Oproep voor de werkgroep',
          'Omvang en tijdsbesteding van de werkgroep.',
          'Werkgroep van zes personen, vier uur per maand.',
        ],
        ['Planning van de proef', '', 'Proef in twee teams van Thuiszorg.'],
      ],
      minutes:
        'Aanwezig: het voltallige regieteam. De oproep gaat deze week uit; de proef start na de zomer.',
      actions: [
        ['hr', 'Roostergegevens van het afgelopen jaar aanleveren', -7, false],
        ['orLid', 'Achterban Verpleging informeren over de oproep', 10, false],
        ['adviseur', 'Oproep voor de werkgroep publiceren', -14, true],
      ],
    },
    {
      kind: MeetingKind.REGIE_TEAM,
      title: 'Regieteam: keuze van de proefteams',
      day: 9,
      hours: [12, 13],
      location: 'Online',
      invitees: ['hr', 'orLid', 'bestuurder'],
      agenda: [
        ['Aanmeldingen werkgroep', '', null],
        ['Keuze proefteams', '', null],
      ],
    },
  ],
  logistiek: [
    {
      kind: MeetingKind.OVERLEGVERGADERING,
      title: 'Overlegvergadering: adviesaanvraag reorganisatie Logistiek',
      day: -12,
      hours: [13, 15],
      location: 'Utrecht, bestuurskamer',
      invitees: ['bestuurder', 'orLid', 'secretaris'],
      agenda: [
        ['Toelichting op de adviesaanvraag', '', null],
        [
          'Sociaal plan',
          'Nog niet bij de aanvraag gevoegd.',
          'De bestuurder stuurt het sociaal plan vóór het advies na.',
        ],
      ],
      minutes:
        'De bestuurder lichtte de aanvraag toe. De OR vroeg naar het sociaal plan en naar de reistijd naar Amersfoort.',
      actions: [['bestuurder', 'Sociaal plan naar de OR sturen', -3, false]],
    },
  ],
  hybride: [
    {
      kind: MeetingKind.REGIE_TEAM,
      title: 'Regieteam: terugblik op een jaar hybride werken',
      day: -30,
      hours: [9, 10],
      location: 'Zeist, vergaderruimte 2',
      invitees: ['hr', 'secretaris', 'bestuurder'],
      agenda: [
        [
          'Opzet van de evaluatie',
          '',
          'Evaluatie onder regieteam en betrokkenen, daarna een peiling.',
        ],
      ],
      minutes:
        'De regeling werkt; de bezetting van de kantoren is ongelijk over de week. De evaluatie start deze maand.',
      actions: [
        [
          'secretaris',
          'Bezettingscijfers van de kantoren verzamelen',
          -10,
          false,
        ],
      ],
    },
  ],
};

async function holdMeeting(
  demo: Showcase,
  trajectoryId: string,
  spec: DemoMeeting,
): Promise<void> {
  const meetings = demo.get(MeetingsService);
  const adviseur = demo.login('adviseur');
  const meeting = await meetings.schedule(adviseur, {
    trajectoryId,
    kind: spec.kind,
    workgroupId: null,
    title: spec.title,
    startsAt: demo.at(spec.day, spec.hours[0]),
    endsAt: demo.at(spec.day, spec.hours[1]),
    location: spec.location,
    inviteeEmails: spec.invitees.map((who) => demo.login(who).email),
    agenda: spec.agenda.map(([title, notes]) => ({
      title,
      notes,
      confidential: false,
    })),
  });
  if (spec.minutes)
    await meetings.recordMinutes(adviseur, {
      meetingId: meeting.id,
      minutes: spec.minutes,
      decisions: meeting.agenda.flatMap((item, index) => {
        const decision = spec.agenda[index]![2];
        return decision
          ? [{ agendaItemId: item.id, decision, minutes: null }]
          : [];
      }),
    });
  for (const [owner, description, due, done] of spec.actions ?? []) {
    const action = await meetings.addAction(adviseur, {
      trajectoryId,
      meetingId: meeting.id,
      agendaItemId: null,
      description,
      ownerEmail: demo.login(owner).email,
      dueOn: demo.day(due),
    });
    if (done) await meetings.completeAction(adviseur, action.id, true);
  }
}

async function seedRoosters(
  demo: Showcase,
  trajectoryId: string,
  pool: Person[],
): Promise<void> {
  const workgroups = demo.get(WorkgroupsService);
  const adviseur = demo.login('adviseur');
  const roosterSkill = (await demo.get(SkillsService).list(adviseur)).find(
    (s) => s.name === 'Roosters plannen',
  );
  const call = await workgroups.openCall(adviseur, trajectoryId, {
    name: 'Werkgroep zelfroosteren',
    goal: 'Spelregels voor zelfroosteren en een voorstel voor een proef in twee teams.',
    skillIds: roosterSkill ? [roosterSkill.id] : [],
    size: 6,
    hoursPerMonth: 4,
    closesOn: demo.day(14),
  });
  // The medewerker login applies and is accepted; of the others three are accepted, one declined, four wait.
  const applicants = pool.slice(0, 9);
  for (const [index, person] of applicants.entries()) {
    const applied = await workgroups.apply(
      person,
      call.id,
      MOTIVATIONS[index % MOTIVATIONS.length]!,
    );
    if (index < 4)
      await workgroups.decide(adviseur, applied.id, true, 'Welkom!');
    else if (index === 4)
      await workgroups.decide(
        adviseur,
        applied.id,
        false,
        'Er zijn al genoeg mensen van jouw team; we houden je op de hoogte.',
      );
  }
  await postToBoard(
    demo,
    trajectoryId,
    BOARD_POSTS.roosters,
    [demo.login('medewerker'), ...pool.slice(10, 16)],
    demo.login('orLid'),
  );

  for (const meeting of MEETINGS.roosters)
    await holdMeeting(demo, trajectoryId, meeting);
}

async function seedLogistiek(
  demo: Showcase,
  trajectoryId: string,
  pool: Person[],
): Promise<void> {
  const workgroups = demo.get(WorkgroupsService);
  const adviseur = demo.login('adviseur');
  const workgroup = await workgroups.openCall(adviseur, trajectoryId, {
    name: 'Werkgroep teamindeling Logistiek',
    goal: 'Een voorstel voor drie teams, met aandacht voor ploegen en reistijd.',
    skillIds: [],
    size: 4,
    hoursPerMonth: 6,
    closesOn: demo.day(2),
  });
  const members = pool.slice(20, 24);
  for (const person of members) {
    const applied = await workgroups.apply(
      person,
      workgroup.id,
      'Ik werk zelf in Logistiek en wil dat de nieuwe indeling werkt.',
    );
    await workgroups.decide(adviseur, applied.id, true, null);
  }
  const lead = members[0]!;
  await workgroups.setLead(adviseur, workgroup.id, lead.userId);
  await workgroups.submitReport(
    lead,
    workgroup.id,
    'De werkgroep adviseert drie teams: Inkoop, Voorraad en Distributie. De avondploeg van Transport blijft bestaan binnen Distributie. ' +
      'Medewerkers geven een voorkeur op voor hun nieuwe team; wie langer moet reizen, krijgt een reiskostenregeling. ' +
      'Aandachtspunt: na twee reorganisaties in drie jaar is goede begeleiding van de teams nodig.',
  );
  await postToBoard(
    demo,
    trajectoryId,
    BOARD_POSTS.logistiek,
    pool.slice(24, 31),
    demo.login('orLid'),
  );
  await demo
    .get(BoardService)
    .saveSummary(
      adviseur,
      trajectoryId,
      TRAJECTORIES.logistiek.phase,
      'Medewerkers zien voordelen in kortere lijnen en één aanspreekpunt per team. ' +
        'Zorgen: het verdwijnen van de avondploeg (opgelost in het voorstel), de reistijd naar Amersfoort en de vermoeidheid na eerdere reorganisaties. ' +
        'Wens: zelf een voorkeur voor het nieuwe team opgeven.',
    );
  for (const meeting of MEETINGS.logistiek)
    await holdMeeting(demo, trajectoryId, meeting);
}

async function seedHybride(
  demo: Showcase,
  trajectoryId: string,
): Promise<void> {
  const adviseur = demo.login('adviseur');
  await postToBoard(
    demo,
    trajectoryId,
    BOARD_POSTS.hybride,
    demo.people.slice(40, 42),
    demo.login('secretaris'),
  );
  for (const meeting of MEETINGS.hybride)
    await holdMeeting(demo, trajectoryId, meeting);
  const evaluations = demo.get(EvaluationsService);
  const evaluation = await evaluations.start(adviseur, trajectoryId);
  for (const [who, wentWell, toImprove] of [
    [
      'hr',
      'Duidelijke afspraken en snelle besluiten.',
      'Leidinggevenden eerder betrekken.',
    ],
    [
      'secretaris',
      'De OR was vanaf het begin aan tafel.',
      'Meer terugkoppeling naar de achterban.',
    ],
    ['bestuurder', 'Draagvlak in alle afdelingen.', ''],
  ] as [DemoLogin, string, string][])
    await evaluations.answer(demo.login(who), {
      evaluationId: evaluation.id,
      wentWell,
      toImprove,
    });
}

const SERIES_TITLE = 'Pulsmeting medewerkers';
const RUNNING_TITLE = 'Veranderbereidheid Logistiek';

/** Two closed runs of one survey series (results above the threshold) and one running survey. */
async function seedSurveys(demo: Showcase): Promise<void> {
  const surveys = demo.get(SurveysService);
  const hr = demo.login('hr');
  const logistiek = await demo.trajectoryId(TRAJECTORIES.logistiek.title);
  const input = (
    title: string,
    audience: { kind: AudienceKind; departmentIds: string[] },
    extra: Record<string, unknown> = {},
  ): SurveyInput => ({
    title,
    introduction:
      'Je antwoorden zijn anoniem: niemand kan zien wat jij hebt ingevuld, en uitkomsten van kleine groepen worden niet getoond.',
    mode: SurveyMode.ANONYMOUS,
    threshold: 5,
    audience: {
      ...audience,
      includeSubDepartments: true,
      trajectoryId: null,
      emails: [],
    },
    reportBy: null,
    trajectoryId: null,
    closesAt: null,
    remindAt: null,
    sections: [],
    ...extra,
  });

  const first = await surveys.create(
    hr,
    input(SERIES_TITLE, { kind: AudienceKind.EVERYONE, departmentIds: [] }),
    { templateKey: 'PULSE' },
  );
  await runSurvey(demo, first.id, 0.72, 0, true);
  await backdateSurvey(demo, first.id, -130, -100);
  const second = await surveys.newVersion(hr, first.id);
  await runSurvey(demo, second.id, 0.68, 1, true);
  await backdateSurvey(demo, second.id, -45, -25);
  await demo
    .get(SurveyResultsService)
    .snapshot(hr, second.id, logistiek ?? null);

  const running = await surveys.create(
    hr,
    input(
      RUNNING_TITLE,
      {
        kind: AudienceKind.DEPARTMENTS,
        departmentIds: [demo.department('Logistiek')],
      },
      { trajectoryId: logistiek, closesAt: demo.at(10, 17) },
    ),
    { templateKey: 'CHANGE_READINESS' },
  );
  await runSurvey(demo, running.id, 0.45, 0, false);
}

/**
 * Publishes the survey and lets a share of the invitees answer, each from
 * their own account, through the answering service (answer seals, the
 * inbox); closes it when asked. `mood` moves the answers up a little, so
 * a later run shows a change.
 */
async function runSurvey(
  demo: Showcase,
  surveyId: string,
  share: number,
  mood: number,
  close: boolean,
): Promise<void> {
  const surveys = demo.get(SurveysService);
  const answering = demo.get(AnsweringService);
  const hr = demo.login('hr');
  await surveys.publish(hr, surveyId);
  const [{ definition }] = (await demo.dataSource.query(
    'SELECT definition FROM survey WHERE id = $1',
    [surveyId],
  )) as { definition: SurveyDefinition }[];
  const invitees = (await demo.dataSource.query(
    'SELECT email FROM survey_invitation WHERE survey_id = $1 ORDER BY email',
    [surveyId],
  )) as { email: string }[];
  const pick = generator(mood * 13 + Math.round(share * 1000));
  const responses: [Person, ReturnType<typeof answersFor>][] = [];
  for (const { email } of invitees) {
    const person = demo.byEmail.get(email);
    if (!person || pick(1000) >= share * 1000) continue;
    responses.push([person, answersFor(definition, pick, mood)]);
  }
  await inBatches(responses, ([person, answers]) =>
    answering.submitMine(person, surveyId, answers),
  );
  if (close) await surveys.close(hr, surveyId);
}

function answersFor(
  definition: SurveyDefinition,
  pick: (max: number) => number,
  mood: number,
) {
  const answers: Parameters<AnsweringService['submitMine']>[2] = [];
  for (const question of definition.sections.flatMap((s) => s.questions)) {
    if (question.condition) continue;
    const keys = question.options.map((o) => o.key);
    switch (question.kind) {
      case 'AGREEMENT_5':
        answers.push({
          questionKey: question.key,
          number: Math.min(5, 2 + pick(3) + (pick(3) < mood ? 1 : 0)),
        });
        break;
      case 'SCALE_0_10':
        answers.push({
          questionKey: question.key,
          number: Math.min(10, 4 + pick(6) + mood),
        });
        break;
      case 'SINGLE_CHOICE':
        answers.push({
          questionKey: question.key,
          options: [keys[pick(keys.length)]!],
        });
        break;
      case 'MULTIPLE_CHOICE':
        answers.push({
          questionKey: question.key,
          options: [
            ...new Set([keys[pick(keys.length)]!, keys[pick(keys.length)]!]),
          ],
        });
        break;
      case 'RANKING':
        answers.push({ questionKey: question.key, options: keys });
        break;
      default:
        if (pick(4) === 0)
          answers.push({
            questionKey: question.key,
            text: OPEN_ANSWERS[pick(OPEN_ANSWERS.length)]!,
          });
    }
  }
  return answers;
}

const OPEN_ANSWERS = [
  'Meer tijd voor overleg in het team zou helpen.',
  'Fijn dat we dit gevraagd worden.',
  'De werkdruk in de avonddiensten is hoog.',
  'Graag vaker terugkoppeling over wat er met de uitkomsten gebeurt.',
  'Goede collega’s, dat maakt veel goed.',
];

/** A closed run as it happened weeks ago: its publication and closing times (only timestamps move). */
async function backdateSurvey(
  demo: Showcase,
  surveyId: string,
  publishedDaysAgo: number,
  closedDaysAgo: number,
): Promise<void> {
  await demo.dataSource.query(
    `UPDATE survey SET created_at = $2, published_at = $2, closed_at = $3 WHERE id = $1`,
    [surveyId, demo.at(publishedDaysAgo - 3, 8), demo.at(closedDaysAgo, 17)],
  );
  // The day each answer came in is kept apart from the answer; a day in the weeks the survey ran.
  await demo.dataSource.query(
    'UPDATE survey_token_use SET used_on = $2 WHERE survey_id = $1',
    [surveyId, demo.day(Math.round((publishedDaysAgo + closedDaysAgo) / 2))],
  );
}

/** Two WOR procedures: one being handled with consultation evidence and a draft advice letter, one in its suspension month. */
async function seedProcedures(demo: Showcase): Promise<void> {
  const procedures = demo.get(ProceduresService);
  const secretaris = demo.login('secretaris');
  const logistiek = await demo.trajectoryId(TRAJECTORIES.logistiek.title);
  const base = {
    meetingRequestedOn: null,
    plannedMeetingOn: null,
    reasonsStated: true,
    consequencesStated: true,
    measuresStated: false,
    conditions: '',
    confidential: false,
    committee: null,
    requestFileName: null,
    requestMediaType: null,
    requestContentBase64: null,
  };
  const advice = await procedures.create(secretaris, {
    ...base,
    type: ProcedureType.ADVICE,
    item: 'e',
    title: 'Adviesaanvraag reorganisatie Logistiek',
    requestReceivedOn: demo.day(-24),
    agreedTermDays: 42,
    plannedMeetingOn: demo.day(12),
    completenessNotes:
      'Het sociaal plan ontbreekt nog; toegezegd in de overlegvergadering.',
    trajectoryId: logistiek,
  });
  await procedures.advance(secretaris, advice.id, {
    kind: 'START_HANDLING',
    on: demo.day(-22),
    note: 'Commissie Bedrijfsvoering bereidt het advies voor.',
  });
  const evidence = demo.get(EvidenceService);
  if (logistiek) {
    await evidence.attach(
      secretaris,
      advice.id,
      EvidenceKind.BOARD_SUMMARY,
      logistiek,
      null,
    );
    const [workgroup] = (await demo.dataSource.query(
      'SELECT id FROM workgroup WHERE trajectory_id = $1 AND final_report IS NOT NULL LIMIT 1',
      [logistiek],
    )) as { id: string }[];
    if (workgroup)
      await evidence.attach(
        secretaris,
        advice.id,
        EvidenceKind.WORKGROUP_REPORT,
        workgroup.id,
        null,
      );
  }
  const [snapshot] = (await demo.dataSource.query(
    'SELECT id FROM survey_result_snapshot WHERE organisation_id = $1 AND title = $2 ORDER BY created_at DESC LIMIT 1',
    [demo.organisationId, SERIES_TITLE],
  )) as { id: string }[];
  if (snapshot)
    await evidence.attach(
      secretaris,
      advice.id,
      EvidenceKind.SURVEY_RESULTS,
      snapshot.id,
      null,
    );
  await procedures.advance(secretaris, advice.id, {
    kind: 'RECORD_CONSULTATION',
    on: demo.day(-6),
    note: 'Voor- en nadelen, werkgroep en pulsmeting.',
  });
  await demo.get(LettersService).generate(secretaris, advice.id);

  const suspended = await procedures.create(secretaris, {
    ...base,
    type: ProcedureType.ADVICE,
    item: 'k',
    title: 'Invoering nieuw roosterprogramma',
    requestReceivedOn: demo.day(-80),
    agreedTermDays: 42,
    measuresStated: true,
    completenessNotes: '',
    trajectoryId: null,
  });
  for (const step of [
    { kind: 'START_HANDLING', on: demo.day(-78) },
    { kind: 'RECORD_CONSULTATION', on: demo.day(-65) },
    { kind: 'RECORD_MEETING', on: demo.day(-50) },
    {
      kind: 'SEND_RESPONSE',
      on: demo.day(-32),
      response: CouncilResponseKind.NEGATIVE,
      summary:
        'Negatief advies: het programma is niet getest met de teams die ermee moeten werken.',
    },
    {
      kind: 'RECORD_DECISION',
      deviates: true,
      noticeOn: demo.day(-9),
      reasonsReceivedOn: demo.day(-9),
    },
  ])
    await procedures.advance(secretaris, suspended.id, {
      note: '',
      ...step,
    });
}

/** A welcome in the bell of each demo login, besides what the services told them while the demo was made. */
async function seedNotifications(demo: Showcase): Promise<void> {
  const texts: Record<DemoLogin, [string, string, string, string, string]> = {
    adviseur: [
      'Welkom bij de demo van Inspraak',
      'Welcome to the Inspraak demo',
      'Op je dashboard zie je wat er op je wacht: aanmeldingen, acties en de pool.',
      'Your dashboard shows what is waiting for you: applications, actions and the pool.',
      '/',
    ],
    hr: [
      'De pulsmeting is gesloten',
      'The pulse survey is closed',
      'De uitkomsten van de tweede meting staan klaar, met de vergelijking met de eerste.',
      'The results of the second run are ready, compared with the first.',
      '/surveys',
    ],
    orLid: [
      'Nieuwe bijdragen bij Nieuwe roosters',
      'New posts on New rosters',
      'Collega’s schreven voor- en nadelen; een paar wachten op een antwoord van het regieteam.',
      'Colleagues posted pros and cons; some are waiting for a response from the regie team.',
      '/trajectories',
    ],
    secretaris: [
      'Opschortingsmaand loopt',
      'Suspension month running',
      'Het besluit over het roosterprogramma wijkt af van het advies: de opschortingsmaand loopt.',
      'The decision on the rostering software deviates from the advice: the suspension month is running.',
      '/procedures',
    ],
    bestuurder: [
      'Advies gevraagd: reorganisatie Logistiek',
      'Advice requested: reorganisation Logistics',
      'De OR bereidt het advies voor; het sociaal plan is nog toegezegd.',
      'The works council is preparing its advice; the social plan is still to come.',
      '/procedures',
    ],
    medewerker: [
      'Er loopt een peiling',
      'A survey is running',
      'Vul de vragenlijst in als je bent uitgenodigd; je antwoorden zijn anoniem.',
      'Answer the survey if you were invited; your answers are anonymous.',
      '/my-surveys',
    ],
  };
  await demo.dataSource.getRepository(Notification).insert(
    (Object.keys(texts) as DemoLogin[]).map((who) => {
      const [titleNl, titleEn, bodyNl, bodyEn, link] = texts[who];
      return {
        organisationId: demo.organisationId,
        userId: demo.login(who).userId,
        kind: 'demo.welcome',
        titleNl,
        titleEn,
        bodyNl,
        bodyEn,
        link,
      };
    }),
  );
}

/** For tests: the titles the demo uses. */
export const SHOWCASE_TITLES = {
  trajectories: Object.values(TRAJECTORIES).map((t) => t.title),
  series: SERIES_TITLE,
  running: RUNNING_TITLE,
};
